import type * as z from 'zod/mini';
import { cellText, cellValue } from './cells.ts';
import { type CellKind, cellKind, childSchema } from './fields.ts';

/** A problem found while reading the table itself, before feed validation. */
export interface CellProblem {
  column: string;
  code: 'bad_column';
}

/** One row turned into an object, plus the way back from a JSON path to the column. */
export interface RowObject {
  value: Record<string, unknown>;
  /** `['materials', 0, 'url']` → `materials.2.url` when the row's first filled group is number 2. */
  columnFor(path: readonly (string | number)[]): string;
  problems: CellProblem[];
}

type Tree = Map<string | number, Tree | unknown>;

function isTree(node: unknown): node is Tree {
  return node instanceof Map;
}

/**
 * Builds an object from `column → text` pairs. Column names are paths: `venue.organization`,
 * numbered groups `materials.2.title` (1-based, gaps allowed: empty groups are skipped).
 */
export function rowToObject(
  cells: readonly (readonly [string, string])[],
  schema: z.core.$ZodType,
  timeZone: string | undefined,
): RowObject {
  const root: Tree = new Map();
  const problems: CellProblem[] = [];
  for (const [column, text] of cells) {
    const segments = column.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s.trim()));
    if (segments.some((s) => s === '' || s === 0)) {
      problems.push({ column, code: 'bad_column' });
      continue;
    }
    let node = root;
    let nodeSchema: z.core.$ZodType | undefined = schema;
    segments.forEach((segment, i) => {
      nodeSchema = childSchema(nodeSchema, segment);
      if (i === segments.length - 1) {
        const kind: CellKind = cellKind(nodeSchema);
        node.set(
          segment,
          cellValue(text, kind === 'object' || kind === 'objects' ? 'text' : kind, timeZone),
        );
        return;
      }
      let next = node.get(segment);
      if (!isTree(next)) {
        next = new Map();
        node.set(segment, next);
      }
      node = next as Tree;
    });
  }
  const groups = new Map<string, number[]>();
  const finish = (tree: Tree, path: string): unknown => {
    const keys = [...tree.keys()];
    if (keys.length > 0 && keys.every((k) => typeof k === 'number')) {
      const numbers = (keys as number[]).sort((a, b) => a - b);
      groups.set(path, numbers);
      return numbers.map((n, i) => {
        const child = tree.get(n);
        return isTree(child) ? finish(child, `${path}.${i}`) : child;
      });
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of tree)
      out[String(key)] = isTree(child) ? finish(child, `${path}.${key}`) : child;
    return out;
  };
  const value = finish(root, '') as Record<string, unknown>;
  const columnFor = (path: readonly (string | number)[]): string => {
    const parts: (string | number)[] = [];
    let key = '';
    for (const segment of path) {
      if (typeof segment === 'number') {
        const numbers = groups.get(key);
        // A number inside a list cell (`subjects[1]`) points at the list's own column.
        if (!numbers) break;
        parts.push(numbers[segment] ?? segment + 1);
      } else {
        parts.push(segment);
      }
      key += `.${segment}`;
    }
    return parts.join('.');
  };
  return { value, columnFor, problems };
}

/** Flattens an object into `column → text` pairs: the inverse of `rowToObject`. */
export function objectToCells(value: unknown, prefix = ''): [string, string][] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    if (value.some((entry) => entry !== null && typeof entry === 'object')) {
      return value.flatMap((entry, i) => objectToCells(entry, `${prefix}${i + 1}.`));
    }
    return value.length > 0 ? [[prefix.slice(0, -1), cellText(value)]] : [];
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      objectToCells(child, `${prefix}${key}.`),
    );
  }
  return [[prefix.slice(0, -1), cellText(value)]];
}
