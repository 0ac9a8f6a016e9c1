import type * as z from 'zod/mini';

/** How a cell's text becomes a JSON value. */
export type CellKind =
  | 'text'
  | 'int'
  | 'boolean'
  | 'list'
  | 'date'
  | 'datetime'
  | 'when'
  | 'object'
  | 'objects';

type Def = {
  type: string;
  format?: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  options?: z.core.$ZodType[];
};

function defOf(schema: z.core.$ZodType): Def {
  let def = schema._zod.def as Def;
  while (
    (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') &&
    def.innerType
  ) {
    def = def.innerType._zod.def as Def;
  }
  return def;
}

/** The schema below `schema` at one path segment (a key, or a list index). */
export function childSchema(
  schema: z.core.$ZodType | undefined,
  segment: string | number,
): z.core.$ZodType | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  if (typeof segment === 'number') return def.type === 'array' ? def.element : undefined;
  return def.type === 'object' ? def.shape?.[segment] : undefined;
}

/** What kind of value a schema node holds, as far as a spreadsheet cell is concerned. */
export function cellKind(schema: z.core.$ZodType | undefined): CellKind {
  if (!schema) return 'text';
  const def = defOf(schema);
  switch (def.type) {
    case 'number':
      return 'int';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'array':
      return def.element && cellKind(def.element) === 'object' ? 'objects' : 'list';
    case 'union': {
      const formats = new Set((def.options ?? []).map((option) => defOf(option).format));
      return formats.has('date') && formats.has('datetime') ? 'when' : 'text';
    }
    case 'string':
      return def.format === 'date' ? 'date' : def.format === 'datetime' ? 'datetime' : 'text';
    default:
      return 'text';
  }
}

/** Column paths of an object schema in shape order; `#` marks a numbered group (`materials.#.title`). */
export function columnTemplate(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  const out: string[] = [];
  for (const [key, child] of Object.entries(def.shape ?? {})) {
    const path = prefix + key;
    const kind = cellKind(child);
    if (kind === 'object') out.push(...columnTemplate(child, `${path}.`));
    else if (kind === 'objects') out.push(...columnTemplate(childSchema(child, 0)!, `${path}.#.`));
    else out.push(path);
  }
  return out;
}
