/** Where a command writes, and whether it may colour its output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
  color: boolean;
}

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

/** Wraps text in an ANSI colour when the output allows it. */
export function paint(io: Io, colour: keyof typeof CODES, text: string): string {
  return io.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A failure the user can fix by calling the command differently (exit code 2). */
export class UsageError extends Error {}
