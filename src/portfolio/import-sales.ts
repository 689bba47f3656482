import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { fields, type Reply, reply, table, text } from '../core/reply.ts';
import { detectDecimalSeparator, normalizeKey } from '../core/values.ts';
import { parseColumnMap } from '../import/column-map.ts';
import type { CsvTable } from '../import/csv.ts';
import { mapHeaders } from '../import/headers.ts';
import { dateOrderOf, readCsvOrThrow } from '../import/read.ts';
import { parseRows, type RowError } from '../import/rows.ts';
import { salesData } from './collection.ts';
import { type SalesRowArgs, salesFields, salesRowOptions } from './sales-fields.ts';
import { type SalesInputLine, stageSales } from './stage-sales.ts';

const MAX_SALES_ROWS = 1_000_000;
/** Rows parsed at a time: the parsed objects of a slice are folded into lines, then dropped. */
const SLICE = 50_000;

export interface SalesImportArgs {
  file: { name: string; bytes: Uint8Array };
  dry_run?: boolean | undefined;
  columns?: string | undefined;
  dates?: 'dmy' | 'mdy' | 'ymd' | undefined;
}

export type RowErrorsReply = (
  ctx: CommandContext,
  errors: RowError[],
  headerOf: (field: string | null) => string,
) => Reply;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** `/import sales`: read, map, validate every row (all or nothing), skip known lines, preview or store. */
export async function runSalesImport(
  args: SalesImportArgs,
  ctx: CommandContext,
  rowErrorsReply: RowErrorsReply,
): Promise<Reply> {
  const { t, fmt } = ctx;
  const csv = readCsvOrThrow(args.file.bytes, MAX_SALES_ROWS);
  const specs = salesFields();
  const saved = salesData(ctx.tx).settings.columns;
  const explicit = args.columns !== undefined ? parseColumnMap(args.columns, specs) : saved;
  const mapping = mapHeaders(csv.headers, specs, explicit);
  const unknown = mapping.invalidExplicit.filter((e) => e.reason === 'unknown_header');
  if (args.columns !== undefined && unknown.length > 0)
    throw new UserError(
      'sales_map_unknown_header',
      { header: unknown.map((e) => e.header).join(', '), headers: csv.headers.join(', ') },
      'columns',
    );
  if (mapping.missingRequired.length > 0)
    throw new UserError('import_missing_columns', { columns: mapping.missingRequired.join(', ') }, 'columns');
  const cols = mapping.columns;
  if (cols.cost === undefined && cols.margin === undefined)
    throw new UserError('sales_missing_cost', {}, 'columns');
  const headerOf = (field: string | null) =>
    field !== null && cols[field] !== undefined ? (csv.headers[cols[field]] ?? field) : (field ?? '');

  const dateOrder = dateOrderOf(csv, cols.date as number, args.dates, ctx.today);
  const revenueCol = cols.revenue as number;
  const decimal = detectDecimalSeparator(
    csv.rows.map((r) => r.cells[revenueCol] ?? '').filter((c) => c.trim() !== ''),
  );
  const env = {
    today: ctx.today,
    locale: ctx.locale,
    dateOrder,
    ...(decimal !== 'ambiguous' && { decimal }),
  };
  const lines: SalesInputLine[] = [];
  const errors: RowError[] = [];
  const preview: string[][] = [];
  for (let at = 0; at < csv.rows.length; at += SLICE) {
    const slice: CsvTable = { ...csv, rows: csv.rows.slice(at, at + SLICE) };
    const parsed = await parseRows<SalesRowArgs>(slice, salesRowOptions, cols, env);
    errors.push(...parsed.errors);
    for (const { line, args: r } of parsed.rows) {
      const cost = r.cost ?? (r.margin === undefined ? undefined : r.revenue - r.margin);
      if (cost === undefined) {
        errors.push({
          line,
          field: cols.cost !== undefined ? 'cost' : 'margin',
          code: 'sales_row_no_cost',
          params: {},
        });
        continue;
      }
      if (preview.length < 5)
        preview.push([
          String(line),
          fmt.date(r.date),
          r.order,
          r.customer,
          fmt.money(r.revenue),
          fmt.money(cost),
        ]);
      lines.push({
        date: r.date,
        order: oneLine(r.order),
        customerRef: oneLine(r.customer_id ?? normalizeKey(r.customer)),
        customerName: oneLine(r.customer),
        segment: r.customer_category && oneLine(r.customer_category),
        category: r.product_category && oneLine(r.product_category),
        revenue: r.revenue,
        cost,
        rowId: r.row_id,
      });
    }
  }
  if (errors.length > 0)
    return rowErrorsReply(
      ctx,
      errors.sort((a, b) => a.line - b.line),
      headerOf,
    );

  const staged = stageSales(ctx.tx, lines);
  const { counts } = staged;
  const about = fields([
    { label: t('import.file'), value: args.file.name, inline: true },
    { label: t('import.rows'), value: fmt.integer(csv.rows.length), inline: true },
    {
      label: t('import.format'),
      value: `${csv.encoding}${csv.hadBom ? ' (BOM)' : ''} · « ${csv.delimiter === '\t' ? 'TAB' : csv.delimiter} » · ${t(`import.dates_${dateOrder}`)}${decimal === 'ambiguous' ? '' : ` · ${t('sales.decimal', { sep: decimal })}`}`,
      inline: true,
    },
    {
      label: t('import.columns'),
      value: Object.entries(cols)
        .map(([f, i]) => `${csv.headers[i]} → ${f}`)
        .join(', '),
    },
    ...(args.columns === undefined && Object.keys(saved).length > 0
      ? [
          {
            label: t('sales.saved_map'),
            value: Object.entries(saved)
              .map(([h, f]) => `${h}=${f}`)
              .join('; '),
          },
        ]
      : []),
    ...(cols.cost === undefined
      ? [{ label: t('sales.cost_from_margin_label'), value: t('sales.cost_from_margin') }]
      : []),
    ...(mapping.unknownHeaders.length
      ? [{ label: t('import.ignored'), value: mapping.unknownHeaders.join(', ') }]
      : []),
    ...(staged.from && staged.to
      ? [{ label: t('sales.range'), value: `${fmt.date(staged.from)} → ${fmt.date(staged.to)}` }]
      : []),
  ]);
  const countFields = fields(
    Object.entries(counts).map(([k, v]) => ({
      label: t(`sales.count_${k as keyof typeof counts}`),
      value: fmt.integer(v),
      inline: true,
    })),
  );
  const meta = {
    file: args.file.name,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    dateOrder,
    decimal: decimal === 'ambiguous' ? null : decimal,
    columns: cols,
    ignored: mapping.unknownHeaders,
    range: { from: staged.from, to: staged.to },
  };
  if (args.dry_run) {
    return reply({
      title: t('sales.preview_title', { count: lines.length }),
      blocks: [
        about,
        countFields,
        table(
          [
            { label: t('import.col_line'), align: 'right' },
            { label: t('sales.col_date') },
            { label: t('sales.col_order') },
            { label: t('sales.col_customer') },
            { label: t('sales.col_revenue'), align: 'right' },
            { label: t('sales.col_cost'), align: 'right' },
          ],
          preview,
        ),
        text(t('import.preview_hint')),
      ],
      data: { dryRun: true, ...meta, counts },
    });
  }
  staged.commit(ctx.tx, args.columns !== undefined ? explicit : undefined);
  return reply({
    title: t('sales.done', { count: counts.imported }),
    tone: 'success',
    blocks: [about, countFields],
    followUps: [
      { label: t('sales.followup_summary'), command: '/portfolio summary' },
      { label: t('sales.followup_abc'), command: '/portfolio abc' },
    ],
    data: { dryRun: false, ...meta, counts },
  });
}
