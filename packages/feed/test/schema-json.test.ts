import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { feedJsonSchema, feedJsonSchemaText } from '../src/cli/schema.ts';

const FILE = new URL('../feed.schema.json', import.meta.url);

test('feed.schema.json is the schema generated from the zod source', async () => {
  const committed = await readFile(FILE, 'utf8');
  assert.ok(
    committed === feedJsonSchemaText(),
    'packages/feed/feed.schema.json is out of date: run pnpm --filter @metodika/feed schema',
  );
});

test('the generated schema describes the feed authors write', () => {
  const schema = feedJsonSchema() as {
    $id: string;
    title: string;
    required: string[];
    properties: Record<
      string,
      { items?: { required?: string[]; properties?: Record<string, unknown> } }
    >;
  };
  assert.equal(schema.$id, 'urn:metodika:feed:v1');
  assert.equal(schema.title, 'Metodika feed');
  // Input schema: collections have defaults, so only the header is required.
  assert.deepEqual([...schema.required].sort(), ['generatedAt', 'publisher', 'version']);
  const event = schema.properties.events?.items;
  assert.deepEqual(event?.required?.sort(), ['id', 'kind', 'start', 'title']);
  assert.ok(event?.properties?.materials, 'events have materials');
  assert.ok(schema.properties.$schema, 'a feed may name its schema');
});
