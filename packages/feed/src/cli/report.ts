import type { Problem } from '../problems.ts';
import type { CollectionName } from '../schema/feed.ts';
import { type Io, paint } from './io.ts';
import type { CliMessages } from './messages.ts';

/** Error and warning counts of a problem list. */
export interface Counts {
  errors: number;
  warnings: number;
}

/** Counts problems by severity. */
export function countProblems(problems: readonly Problem[]): Counts {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

interface Group {
  title: string;
  problems: Problem[];
}

const ITEM_PATH = /^([a-zA-Z]+)\[(\d+)\]/;

/** Groups problems by the item they belong to, feed-header problems first, items in feed order. */
function groupProblems(problems: readonly Problem[], messages: CliMessages): Group[] {
  const header: Group = { title: messages.feedHeader, problems: [] };
  const items = new Map<string, Group & { order: [number, number] }>();
  const order = Object.keys(messages.collection);
  for (const problem of problems) {
    const match = ITEM_PATH.exec(problem.path);
    const collection = (problem.collection ?? match?.[1]) as CollectionName | undefined;
    if (!collection || !match || !(collection in messages.collection)) {
      header.problems.push(problem);
      continue;
    }
    const index = Number(match[2]);
    const key = `${collection}[${index}]`;
    let group = items.get(key);
    if (!group) {
      const title = messages.item(messages.collection[collection], problem.itemId, index);
      group = { title, problems: [], order: [order.indexOf(collection), index] };
      items.set(key, group);
    }
    group.problems.push(problem);
  }
  const sorted = [...items.values()].sort(
    (a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1],
  );
  return [header, ...sorted].filter((group) => group.problems.length > 0);
}

/** The human-readable report: problems grouped by item, then the summary line. */
export function formatReport(
  source: string,
  problems: readonly Problem[],
  messages: CliMessages,
  io: Io,
): string {
  const lines = [paint(io, 'bold', source)];
  for (const group of groupProblems(problems, messages)) {
    lines.push('', `  ${paint(io, 'bold', group.title)}`);
    for (const problem of group.problems) {
      const marker =
        problem.severity === 'error' ? paint(io, 'red', '✖') : paint(io, 'yellow', '⚠');
      lines.push(`    ${marker} ${paint(io, 'dim', problem.path)}  ${problem.message}`);
    }
  }
  const counts = countProblems(problems);
  lines.push('', summaryLine(counts, messages, io));
  return `${lines.join('\n')}\n`;
}

/** «Итого: 2 ошибки, 1 предупреждение.», or «Лента в порядке.» when there is nothing at all. */
export function summaryLine(counts: Counts, messages: CliMessages, io: Io): string {
  if (counts.errors === 0 && counts.warnings === 0) return paint(io, 'green', messages.allGood);
  const text = messages.summary(counts.errors, counts.warnings);
  return paint(io, counts.errors > 0 ? 'red' : 'yellow', text);
}
