import { z } from 'zod';
import type { CollectionDef } from '../store/types.ts';
import {
  COLUMN_NAMES,
  COLUMN_WIDTH,
  type ColumnName,
  checkedBase64,
  columnsOver,
  encodeColumn,
  type SalesColumns,
  TYPED_COLUMNS,
} from './columns.ts';

const chunkFields = {
  id: z.string().regex(/^\d{4}-\d{2}\.\d+$/),
  lines: z.number().int().min(1),
  orderBase: z.number().int().nonnegative(),
  orders: z.number().int().nonnegative(),
  /** The file's order ids of the orders introduced here, joined by newlines. */
  orderRefs: z.string(),
};

/**
 * What a chunk is read from: its columns as typed arrays (an import, a binary file: see
 * `salesLayout`), or as base64 texts (PostgreSQL's JSON document, and the JSON files of versions
 * before the binary layout, read as they are and written in binary at the month's next import).
 */
const SalesChunkInput = z.object({
  ...chunkFields,
  columns: z.unknown().optional(),
  ...(Object.fromEntries(COLUMN_NAMES.map((n) => [n, z.string().optional()])) as Record<
    ColumnName,
    z.ZodOptional<z.ZodString>
  >),
});

/**
 * The sales lines one import added to one month: columns of typed arrays (see columns.ts), plus
 * the references of the orders this chunk introduced (`orderBase` … `orderBase + orders − 1`).
 * Id `YYYY-MM.<import number>`; one shard (file) a month, so an import rewrites only its months.
 */
export const SalesChunk = SalesChunkInput.transform((c, ctx) => {
  let ok = true;
  const issue = (path: string, message: string) => {
    ok = false;
    ctx.addIssue({ code: 'custom', path: [path], message });
  };
  let columns: SalesColumns | undefined;
  if (c.columns !== undefined) {
    const given = c.columns as Partial<Record<ColumnName, unknown>>;
    for (const name of COLUMN_NAMES) {
      const a = typeof given === 'object' && given !== null ? given[name] : undefined;
      if (!(a instanceof TYPED_COLUMNS[name]) || a.length !== c.lines)
        issue(name, `expected ${c.lines} values (${c.lines * COLUMN_WIDTH[name]} bytes)`);
    }
    if (ok) columns = { ...(given as SalesColumns), length: c.lines };
  } else {
    // Validating a base64 column is decoding it, once.
    const raw = {} as Record<ColumnName, Buffer>;
    for (const name of COLUMN_NAMES) {
      const text = c[name];
      const bytes = text === undefined ? undefined : checkedBase64(text, c.lines * COLUMN_WIDTH[name]);
      if (bytes === undefined) issue(name, `expected ${c.lines} values in base64`);
      else raw[name] = bytes;
    }
    if (ok) columns = columnsOver(raw, c.lines);
  }
  // Counted, not split: 500k order ids would be as many strings at each load.
  let refs = 0;
  if (c.orders > 0)
    for (let at = -1; ; refs++) {
      at = c.orderRefs.indexOf('\n', at + 1);
      if (at === -1) {
        refs++;
        break;
      }
    }
  if (refs !== c.orders) issue('orderRefs', `expected ${c.orders} order ids`);
  if (!ok || !columns) return z.NEVER;
  return {
    id: c.id,
    lines: c.lines,
    orderBase: c.orderBase,
    orders: c.orders,
    orderRefs: c.orderRefs,
    columns,
  };
});
export type SalesChunk = z.output<typeof SalesChunk>;

/** A customer met in a sales file: `ref` is the file's customer id (or its name when it has none). */
export const PortfolioCustomer = z.object({
  id: z.string().regex(/^c\d+$/),
  n: z.number().int().nonnegative(),
  ref: z.string().min(1).max(120),
  name: z.string().min(1).max(120),
});
export type PortfolioCustomer = z.infer<typeof PortfolioCustomer>;

/** The team's sales settings and label dictionaries (one record, id `sales`). */
export const PortfolioSettings = z.object({
  id: z.literal('sales'),
  /** The explicit column map of the last import that gave one (`Header=field`), reused next time. */
  columns: z.record(z.string().max(120), z.string().max(40)).default({}),
  /** Customer categories (segments); a line's `segment` is an index + 1 here. */
  segments: z.array(z.string().min(1).max(80)).max(65_000).default([]),
  /** Product categories; a line's `category` is an index + 1 here. */
  categories: z.array(z.string().min(1).max(80)).max(65_000).default([]),
  imports: z.number().int().nonnegative().default(0),
});
export type PortfolioSettings = z.infer<typeof PortfolioSettings>;

/** A chunk's fields apart from its columns. */
const fieldsOf = ({ id, lines, orderBase, orders, orderRefs }: SalesChunk) => ({
  id,
  lines,
  orderBase,
  orders,
  orderRefs,
});

/** A chunk as a JSON document, its columns in base64: what PostgreSQL keeps, and what JSON files held. */
export const salesChunkJson = (c: SalesChunk) => ({
  ...fieldsOf(c),
  ...Object.fromEntries(COLUMN_NAMES.map((n) => [n, encodeColumn(c.columns[n])])),
});

export const salesCollection: CollectionDef<SalesChunk> = {
  name: 'sales',
  schema: SalesChunk,
  version: 1,
  shardOf: (c) => c.id.slice(0, 7),
  // A month's columns go to its file as they are in memory, and come back as views of one read.
  binary: {
    toJson: salesChunkJson,
    split: (c) => ({ fields: fieldsOf(c), blocks: COLUMN_NAMES.map((n) => c.columns[n]) }),
    join(fields, blocks) {
      const columns: Partial<Record<ColumnName, unknown>> = {};
      COLUMN_NAMES.forEach((name, i) => {
        const b = blocks[i];
        const width = COLUMN_WIDTH[name];
        // A block of a wrong size stays bytes: the schema refuses it, naming the column.
        columns[name] =
          b && b.byteLength % width === 0
            ? new TYPED_COLUMNS[name](b.buffer as ArrayBuffer, b.byteOffset, b.byteLength / width)
            : b;
      });
      return { ...(fields as object), columns };
    },
  },
};

export const customersCollection: CollectionDef<PortfolioCustomer> = {
  name: 'portfolio-customers',
  schema: PortfolioCustomer,
  version: 1,
};

export const portfolioSettingsCollection: CollectionDef<PortfolioSettings> = {
  name: 'portfolio-settings',
  schema: PortfolioSettings,
  version: 1,
};

/** The collections this feature registers in `featureCollections`. */
export const portfolioCollections = [salesCollection, customersCollection, portfolioSettingsCollection];

export const emptySettings = (): PortfolioSettings => ({
  id: 'sales',
  columns: {},
  segments: [],
  categories: [],
  imports: 0,
});
