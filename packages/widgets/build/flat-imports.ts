import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

/** A dynamic `import()` of a chunk by a relative literal, as Rolldown writes it. */
const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;

/** The chunks `file` imports statically, directly or not (without `file`), in a stable order. */
export function staticClosure(
  file: string,
  imports: (file: string) => readonly string[] | undefined,
): string[] {
  const seen = new Set<string>();
  const visit = (at: string) => {
    for (const next of imports(at) ?? [])
      if (next !== file && !seen.has(next)) {
        seen.add(next);
        visit(next);
      }
  };
  visit(file);
  return [...seen];
}

/** `to` as an import specifier in the chunk `from` (both file names relative to the output). */
function specifier(from: string, to: string): string {
  const path = posix.relative(dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites each `import("./x.js")` of the chunk `fileName` so that it also imports x's static
 * imports, all at once: `Promise.all([import("./x.js"), import("./lit.js"), …]).then((m) => m[0])`.
 * The browser otherwise finds them only after x has arrived and been parsed, a round trip later
 * (the script-tag build's waterfall: loader → widget chunk → Lit, base, feed loader). Modules
 * are instances per URL, so importing a dependency first changes nothing but when it is fetched;
 * the chunks the importer already holds statically are left out.
 */
export function flattenEdits(
  code: string,
  fileName: string,
  imports: (file: string) => readonly string[] | undefined,
): Edit[] {
  const held = new Set([fileName, ...staticClosure(fileName, imports)]);
  const edits: Edit[] = [];
  for (const match of code.matchAll(DYNAMIC_IMPORT)) {
    const [whole, quote, spec] = match as unknown as [string, string, string];
    const target = posix.join(dirname(fileName), spec);
    if (!imports(target)) continue;
    const deps = staticClosure(target, imports).filter((dep) => !held.has(dep));
    if (deps.length === 0) continue;
    const all = [spec, ...deps.map((dep) => specifier(fileName, dep))]
      .map((s) => `import(${quote}${s}${quote})`)
      .join(',');
    edits.push({
      start: match.index,
      end: match.index + whole.length,
      text: `Promise.all([${all}]).then((m)=>m[0])`,
    });
  }
  return edits;
}

interface MagicString {
  overwrite(start: number, end: number, text: string): unknown;
}

/**
 * The script-tag build's dynamic imports fetch their chunk's static imports in parallel with it
 * (flattenEdits). Edits go through Rolldown's MagicString (`experimental.nativeMagicString`), so
 * the source maps stay right.
 */
export const flatImports: Plugin = {
  name: 'metodika-flat-imports',
  renderChunk(code, chunk, _options, meta) {
    const edits = flattenEdits(code, chunk.fileName, (file) => meta.chunks[file]?.imports);
    if (edits.length === 0) return null;
    const magic = (meta as { magicString?: MagicString }).magicString;
    if (!magic) throw new Error('metodika-flat-imports needs experimental.nativeMagicString');
    for (const edit of edits) magic.overwrite(edit.start, edit.end, edit.text);
    return magic as never;
  },
};
