/** `html` (the page `<page>.html`, e.g. page `events`) with its markers replaced by the partials. */
export function assemble(html: string, page: string): Promise<string>;
