import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSafeUrl, isWebUrl, parsedProtocol, safeHref } from '../src/safe-url.ts';
import { urlCorpus } from './url-corpus.ts';

describe('safe-url', () => {
  const corpus = urlCorpus(30_000);

  test('decides every link exactly as new URL does, shortcut or not', () => {
    let web = 0;
    for (const url of corpus) {
      const protocol = parsedProtocol(url);
      const isWeb = protocol === 'http:' || protocol === 'https:';
      if (isWeb) web++;
      assert.equal(isWebUrl(url), isWeb, `isWebUrl(${JSON.stringify(url)})`);
      assert.equal(
        isSafeUrl(url),
        isWeb || protocol === 'mailto:' || protocol === 'tel:',
        `isSafeUrl(${JSON.stringify(url)})`,
      );
    }
    // Both verdicts must be common, or the agreement proves little.
    assert.ok(web > 3000 && corpus.length - web > 3000, `${web} of ${corpus.length} web URLs`);
  });

  test('keeps script, data and relative links out of href', () => {
    for (const url of ['javascript:alert(1)', 'java\tscript:x', 'data:,x', '/relative', ''])
      assert.equal(safeHref(url), undefined, url);
    assert.equal(safeHref('https://example.ru/a'), 'https://example.ru/a');
    assert.equal(safeHref('tel:+78415731245'), 'tel:+78415731245');
  });
});
