import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenEdits, staticClosure } from './flat-imports.ts';

/** A chunk graph like the script-tag build's: the loader, a widget, its lazy part, shared chunks. */
const GRAPH: Record<string, string[]> = {
  'metodika.js': [],
  'chunks/calendar.js': ['chunks/base.js', 'chunks/lit.js'],
  'chunks/base.js': ['chunks/lit.js'],
  'chunks/lit.js': [],
  'chunks/extras.js': ['chunks/base.js', 'chunks/calendar.js', 'chunks/ics.js'],
  'chunks/ics.js': [],
};
const imports = (file: string) => GRAPH[file];

const apply = (code: string, fileName: string) => {
  let out = code;
  for (const edit of flattenEdits(code, fileName, imports).reverse())
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
};

test('the static closure of a chunk, each once, without itself', () => {
  assert.deepEqual(staticClosure('chunks/calendar.js', imports), [
    'chunks/base.js',
    'chunks/lit.js',
  ]);
  assert.deepEqual(staticClosure('chunks/lit.js', imports), []);
});

test('the loader imports a widget chunk together with its static imports', () => {
  assert.equal(
    apply('e={c:()=>import(`./chunks/calendar.js`).then(m=>m.C)}', 'metodika.js'),
    'e={c:()=>Promise.all([import(`./chunks/calendar.js`),import(`./chunks/base.js`),import(`./chunks/lit.js`)]).then((m)=>m[0]).then(m=>m.C)}',
  );
});

test('a chunk’s lazy part brings only what the chunk does not hold already, relative to it', () => {
  assert.equal(
    apply('x=()=>import("./extras.js")', 'chunks/calendar.js'),
    'x=()=>Promise.all([import("./extras.js"),import("./ics.js")]).then((m)=>m[0])',
  );
});

test('an import of something outside the build, or with nothing to add, stays as written', () => {
  const code = 'a=()=>import("./metodika-registration.js");b=()=>import("./chunks/lit.js")';
  assert.deepEqual(flattenEdits(code, 'metodika.js', imports), []);
});
