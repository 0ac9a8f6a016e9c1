import { expect } from '@open-wc/testing';
import { isSafeUrl, isWebUrl, parsedProtocol } from '../src/safe-url.ts';
import { urlCorpus } from './url-corpus.ts';

// Mocha's globals, typed here because the workspace has no @types/mocha.
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<void>): void;

// The shortcut past `new URL` must hold for the browser's URL parser, not only for Node's.
describe('safe-url in the browser', () => {
  it('decides every link exactly as new URL does, shortcut or not', () => {
    const corpus = urlCorpus(30_000);
    const wrong: string[] = [];
    let web = 0;
    for (const url of corpus) {
      const protocol = parsedProtocol(url);
      const isWeb = protocol === 'http:' || protocol === 'https:';
      if (isWeb) web++;
      const isSafe = isWeb || protocol === 'mailto:' || protocol === 'tel:';
      if (isWebUrl(url) !== isWeb || isSafeUrl(url) !== isSafe) wrong.push(url);
    }
    expect(wrong).to.deep.equal([]);
    expect(web).to.be.greaterThan(3000);
  });
});
