/** RFC 5545 content-line helpers: TEXT escaping, parameter quoting, UTF-8-aware folding. */

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (e.g. `CN=`): quoted when it has `:`, `;` or `,`. DQUOTE cannot be escaped
 * in iCalendar at all, and control characters are not allowed, so both are dropped.
 */
export function paramValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

function octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1). Counting is in
 * UTF-8 octets and a break never falls inside a character: a Cyrillic letter is 2 octets, and
 * splitting one would corrupt it for every client.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One property as a folded content line: `NAME;P=V:value`. The value must be escaped already. */
export function contentLine(
  name: string,
  value: string,
  params: Record<string, string> = {},
): string {
  let head = name;
  for (const [key, param] of Object.entries(params)) head += `;${key}=${param}`;
  return foldLine(`${head}:${value}`);
}
