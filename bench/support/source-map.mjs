// What the size scripts share: gzip -9 and brotli as they count them, and the generated code of a
// bundle cut into ranges by the source file each came from, decoded from the source map's mappings.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of `text` after gzip -9. */
export const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Bytes of `text` after brotli at its highest quality (11), as static hosts precompress. */
export const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: 1 },
  }).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** [start, end, source] ranges of `code` (offsets into it), from `map`'s mappings, in order. */
export function mappedRanges(code, map) {
  const out = [];
  const lines = code.split('\n');
  let offset = 0;
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const segments = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let shift = 0;
      let value = 0;
      for (const char of segment) {
        let digit = B64.indexOf(char);
        const more = digit & 32;
        digit &= 31;
        value += digit << shift;
        if (more) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    const text = lines[index] ?? '';
    segments.forEach(([start, s], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
      out.push([offset + start, offset + end, s >= 0 ? map.sources[s] : '(unmapped)']);
    });
    offset += text.length + 1;
  });
  return out;
}
