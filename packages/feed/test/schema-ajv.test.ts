import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * feed.schema.json as a third-party validator sees it: ajv in strict mode refuses unknown
 * keywords and formats (zod's "starts_with" was one), so a feed author's editor or CI can use it.
 */
const read = async (path: string) =>
  JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as unknown;

async function compileStrict() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile((await read('../feed.schema.json')) as object);
}

test('ajv compiles feed.schema.json in strict mode and accepts the demo feeds', async () => {
  const validate = await compileStrict();
  for (const feed of [
    '../../../demo/feeds/kuznetsk.json',
    '../../../demo/feeds/amur.json',
    '../../../test/fixtures/valid/base.json',
  ]) {
    assert.equal(validate(await read(feed)), true, `${feed}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the consultation endpoint must be https:// through a standard pattern', async () => {
  const validate = await compileStrict();
  assert.equal(validate(await read('../../../test/fixtures/invalid/http-endpoint.json')), false);
  assert.deepEqual(
    validate.errors?.map((error) => [error.instancePath, error.keyword]),
    [['/consultation/endpoint', 'pattern']],
  );
});
