import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** A quoted CSS string (`content: ': '`): its spaces are text, not layout. */
const CSS_STRING = /('[^'\n]*'|"[^"\n]*")/;

/** Applies `edit` to the CSS outside quoted strings. */
function outsideStrings(css: string, edit: (code: string) => string): string {
  return css
    .split(CSS_STRING)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

/** Collapses a template chunk: newline-led whitespace to one space; comments out of CSS. */
export function collapse(text: string, tag: 'html' | 'css'): string {
  let out = text;
  if (tag === 'css') out = out.replace(/\/\*[\s\S]*?\*\//g, '');
  out = out.replace(/\s*\n\s*/g, ' ');
  if (tag === 'css')
    out = outsideStrings(out, (code) => code.replace(/\s*([{};:,>])\s*/g, '$1'))
      .replace(/;}/g, '}')
      .replace(/\s*!important/g, '!important')
      // 0.5em → .5em; a digit or dot before the 0 means it is part of a longer number.
      .replace(/(^|[^\d.\w-])0\.(\d)/g, '$1.$2')
      // [data-x='word'] → [data-x=word]: quotes are optional around an identifier.
      .replace(/='([a-z][\w-]*)'\]/g, '=$1]');
  return out;
}

/**
 * Minifies the insides of Lit's html`` and css`` templates: the JS minifier leaves template text
 * alone, and indentation is a third of our templates. Whitespace between tags only collapses to
 * one space (HTML would render it as one anyway); nothing of ours relies on `pre`.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'metodika-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/packages\/widgets\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const ast = this.parse(code) as unknown as Node;
      const edits: { start: number; end: number; text: string }[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const child of node) walk(child);
          return;
        }
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as Node & { name?: string };
          if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'css')) {
            const quasi = n.quasi as Node & { quasis: (Node & { value: { raw: string } })[] };
            for (const q of quasi.quasis) {
              const raw = code.slice(q.start, q.end);
              const text = collapse(raw, tag.name);
              if (text !== raw) edits.push({ start: q.start, end: q.end, text });
            }
          }
        }
        for (const key of Object.keys(n)) if (key !== 'type') walk(n[key]);
      };
      walk(ast);
      if (edits.length === 0) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
