import * as z from 'zod/mini';
import { feedSchema } from '../schema/feed.ts';

/** Identifies the schema; a URN because the project publishes no schema URL of its own. */
export const SCHEMA_ID = 'urn:metodika:feed:v1';

/**
 * The feed's JSON Schema, generated from the zod source. `io: 'input'` describes what authors
 * write: fields with defaults (status, format, level…) are optional, as in the parser.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(feedSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const properties = rest.properties as Record<string, unknown>;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Metodika feed',
    description:
      'Public JSON feed of a municipal methodical service: events, methodical associations, best practices, consultation settings. Generated from packages/feed/src/schema (zod); do not edit by hand.',
    ...rest,
    // A feed may name this schema for editor completion; the parser ignores the key.
    properties: { $schema: { type: 'string' }, ...properties },
  };
}

/** The schema as the committed file holds it (2-space JSON, trailing newline). */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
