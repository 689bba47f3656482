import { z } from 'zod';
import type { CollectionDef } from '../store/types.ts';
import {
  COLUMN_NAMES,
  COLUMN_WIDTH,
  type ColumnName,
  checkedBase64,
  columnsOver,
  encodedColumns,
  rememberColumns,
} from './columns.ts';

/** A column: base64 of little-endian values, checked (and decoded) with the chunk below. */
const Base64 = z.string();

/**
 * The sales lines one import added to one month: columns of typed arrays (see columns.ts), plus
 * the references of the orders this chunk introduced (`orderBase` … `orderBase + orders − 1`).
 * Id `YYYY-MM.<import number>`; one shard (file) a month, so an import rewrites only its months.
 */
export const SalesChunk = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}\.\d+$/),
    lines: z.number().int().min(1),
    orderBase: z.number().int().nonnegative(),
    orders: z.number().int().nonnegative(),
    /** The file's order ids of the orders introduced here, joined by newlines. */
    orderRefs: z.string(),
    day: Base64,
    order: Base64,
    customer: Base64,
    segment: Base64,
    category: Base64,
    revenue: Base64,
    cost: Base64,
    key: Base64,
  })
  .superRefine((c, ctx) => {
    if (!Number.isInteger(c.lines) || c.lines < 1) return; // reported by the field's own check
    // Validating a column is decoding it: the columns are kept with the chunk (the object zod
    // returns and the store keeps), so an analysis after a load or an import decodes nothing.
    // (An import's own chunk comes with its columns: the texts were just encoded from them.)
    const own = encodedColumns(c);
    if (own !== undefined && own.length === c.lines) rememberColumns(c, own);
    else {
      const raw = {} as Record<ColumnName, Buffer>;
      let ok = true;
      for (const name of COLUMN_NAMES) {
        const text = c[name];
        const bytes =
          typeof text === 'string' ? checkedBase64(text, c.lines * COLUMN_WIDTH[name]) : undefined;
        if (bytes === undefined) {
          ok = false;
          ctx.addIssue({ code: 'custom', path: [name], message: `expected ${c.lines} values in base64` });
        } else raw[name] = bytes;
      }
      if (ok) rememberColumns(c, columnsOver(raw, c.lines));
    }
    // Counted, not split: 500k order ids would be as many strings at each load.
    let refs = 0;
    if (c.orders > 0 && typeof c.orderRefs === 'string')
      for (let at = -1; ; refs++) {
        at = c.orderRefs.indexOf('\n', at + 1);
        if (at === -1) {
          refs++;
          break;
        }
      }
    if (refs !== c.orders)
      ctx.addIssue({ code: 'custom', path: ['orderRefs'], message: `expected ${c.orders} order ids` });
  });
export type SalesChunk = z.infer<typeof SalesChunk>;

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

export const salesCollection: CollectionDef<SalesChunk> = {
  name: 'sales',
  schema: SalesChunk,
  version: 1,
  shardOf: (c) => c.id.slice(0, 7),
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
