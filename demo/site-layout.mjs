/**
 * The demo school site's shared chrome, put into its pages by the servers that serve them
 * (demo/vite.config.ts for `npm run demo` and the screenshots, web-test-runner.config.mjs for
 * test/embed/demo.test.ts), the way a school's CMS puts its theme around each page.
 *
 * A page holds only what is its own (title, the widget script, breadcrumbs, content) and marks
 * where the chrome goes with a line `<!-- site:NAME -->`, which becomes demo/partials/NAME.html
 * indented like the marker. (The skip link sits inside `<div class="site">` with the header, so
 * that each partial is whole HTML; `.site` is not positioned, so the link shows where it did.)
 *
 * The link to the page itself in each menu of a partial gets `aria-current="page"`: the one whose
 * href is `./<page>.html`, or the one a marker names, `<!-- site:header current="./events.html" -->`,
 * for a page that sits under another menu item. A menu where that matches no link, or more than
 * one, is an error: a page that would show the wrong item does not get served.
 */
import { readFile } from 'node:fs/promises';

const PARTIALS = new URL('./partials/', import.meta.url);
const MARKER = /^([ \t]*)<!-- site:([a-z-]+)(?: current="([^"]+)")? -->[ \t]*$/gm;
const MENU = /<nav\b[\s\S]*?<\/nav>/g;

/** `partial` with `aria-current="page"` on the link to `href` in each of its menus. */
function markCurrent(partial, href, name) {
  return partial.replace(MENU, (menu) => {
    let found = 0;
    const marked = menu.replaceAll(`<a href="${href}">`, () => {
      found++;
      return `<a href="${href}" aria-current="page">`;
    });
    if (found !== 1)
      throw new Error(`demo/partials/${name}.html: ${found} menu links to ${href}, expected one`);
    return marked;
  });
}

/** `text`'s lines, each but empty ones prefixed with `indent`, without the final line break. */
function indented(text, indent) {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

/** `html` (the page `<page>.html`, e.g. page `events`) with its markers replaced by the partials. */
export async function assemble(html, page) {
  const markers = [...html.matchAll(MARKER)];
  const partials = await Promise.all(
    markers.map(([, , name]) => readFile(new URL(`${name}.html`, PARTIALS), 'utf8')),
  );
  let i = 0;
  return html.replace(MARKER, (_line, indent, name, current) => {
    const partial = markCurrent(partials[i++], current ?? `./${page}.html`, name);
    return indented(partial, indent);
  });
}
