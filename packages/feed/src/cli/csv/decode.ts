/** Text encodings a spreadsheet saves CSV in, as we detect them. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node's and browsers' own decoder (WHATWG Encoding) knows Windows-1251: no code-page tables to load.
const cp1251 = new TextDecoder('windows-1251');

/**
 * Decodes a CSV file's bytes. Excel in a Russian Windows saves «CSV (разделители — точка с запятой)»
 * in Windows-1251; LibreOffice and «CSV UTF-8» save UTF-8, often with a BOM. Cyrillic text in
 * cp1251 is almost never valid UTF-8, so "not valid UTF-8" is a reliable cp1251 signal.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: cp1251.decode(bytes), encoding: 'windows-1251' };
  }
}
