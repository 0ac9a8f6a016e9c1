import { readFile } from 'node:fs/promises';
import { UsageError } from './io.ts';
import type { CliMessages } from './messages.ts';

/** Windows editors save UTF-8 with a BOM, which JSON.parse rejects. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a local file or fetches an http(s) URL as text; failures become a UsageError (exit 2). */
export async function readSource(
  source: string,
  messages: CliMessages,
  timeoutSeconds = 15,
): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    } catch (error) {
      const name = (error as Error).name;
      const detail =
        name === 'TimeoutError' ? messages.timeout(timeoutSeconds) : (error as Error).message;
      throw new UsageError(messages.cannotRead(source, detail));
    }
    if (!response.ok)
      throw new UsageError(messages.cannotRead(source, messages.httpStatus(response.status)));
    return stripBom(await response.text());
  }
  try {
    return stripBom(await readFile(source, 'utf8'));
  } catch (error) {
    throw new UsageError(
      messages.cannotRead(source, (error as NodeJS.ErrnoException).code ?? String(error)),
    );
  }
}
