import * as z from 'zod/mini';
import { feedSchema } from '../schema/feed.ts';

/** Identifies the schema; a URN because the project publishes no schema URL of its own. */
export const SCHEMA_ID = 'urn:metodika:feed:v1';

/** The formats JSON Schema 2020-12 defines (§7.3); validators ignore others, with a warning. */
const STANDARD_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/**
 * zod names its string checks as formats (`z.startsWith('https://')` → `"format": "starts_with"`)
 * and also writes the same rule as a standard `pattern`; such a format is dropped. A check without
 * that `pattern` would be lost, so it stops the generation instead.
 */
function standardFormat(schema: { format?: string; pattern?: string }): void {
  if (schema.format === undefined || STANDARD_FORMATS.has(schema.format)) return;
  if (schema.pattern === undefined)
    throw new Error(`JSON Schema: no standard form for the string check "${schema.format}"`);
  delete schema.format;
}

/**
 * The feed's JSON Schema, generated from the zod source. `io: 'input'` describes what authors
 * write: fields with defaults (status, format, level…) are optional, as in the parser.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(feedSchema, {
    io: 'input',
    override: ({ jsonSchema }) => standardFormat(jsonSchema),
  }) as Record<string, unknown>;
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
