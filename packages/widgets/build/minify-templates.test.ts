import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapse } from './minify-templates.ts';

test('css: punctuation loses its spaces outside strings, quoted text keeps them', () => {
  const css = `
    .consent dt::after {
      content: ': ';
    }
    a > b , c { margin: 0.5em 1em ; }`;
  assert.equal(collapse(css, 'css'), " .consent dt::after{content:': '}a>b,c{margin:.5em 1em}");
});

test('css: double-quoted strings and comments', () => {
  assert.equal(
    collapse('/* why */ p::before { content: " , " }', 'css'),
    ' p::before{content:" , "}',
  );
});

test('html: indentation becomes one space, which renders as the newline did', () => {
  assert.equal(
    collapse('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>', 'html'),
    '<ul> <li>a</li> <li>b</li> </ul>',
  );
});
