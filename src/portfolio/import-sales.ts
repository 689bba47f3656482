import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { fields, type Reply, reply, table, text } from '../core/reply.ts';
import { parseColumnMap } from '../import/column-map.ts';
import { type CsvStream, openCsvStream } from '../import/csv-stream.ts';
import { mapHeaders } from '../import/headers.ts';
import { fieldNames, fileFormat, mappedColumns } from '../import/mapped-columns.ts';
import type { RowError } from '../import/rows.ts';
import { type SalesData, salesData } from './collection.ts';
import { readPlainSales } from './plain-sales.ts';
import { readSales, SalesColumnMap, type SalesRead, type SalesScan, scanSales } from './read-sales.ts';
import { salesFields, salesRowOptions } from './sales-fields.ts';
import { SalesFileLines, type SalesLineValues } from './sales-lines.ts';
import { stageSales } from './stage-sales.ts';

const MAX_SALES_ROWS = 1_000_000;

export interface SalesImportArgs {
  file: { name: string; bytes: Uint8Array };
  dry_run?: boolean | undefined;
  columns?: string | undefined;
  dates?: 'dmy' | 'mdy' | 'ymd' | undefined;
}

/** The answer listing bad rows: `errors` are the first ones, `total` counts them all. */
export type RowErrorsReply = (
  ctx: CommandContext,
  errors: RowError[],
  headerOf: (field: string | null) => string,
  total: number,
) => Reply;

/** The general reader: the file read in slices, twice (see read-sales.ts). */
async function readAnySales(
  csv: CsvStream,
  cols: SalesColumnMap,
  opts: { today: string; dates: SalesImportArgs['dates']; maxRows: number },
  ctx: CommandContext,
  data: SalesData,
  previewLine: (line: number, v: SalesLineValues) => void,
): Promise<{ scan: SalesScan; lines: SalesFileLines; read: SalesRead }> {
  const scan = await scanSales(csv, cols, opts);
  const lines = new SalesFileLines(scan.rows, data);
  const read = await readSales(csv, cols, { today: ctx.today, locale: ctx.locale, scan }, (line, v) => {
    previewLine(line, v);
    lines.add(v);
  });
  return { scan, lines, read };
}

/**
 * `/import sales`: read, map, validate every row (all or nothing), skip known lines, preview or
 * store. The file is read in slices, twice (see read-sales.ts): 1M lines never exist as rows.
 */
export async function runSalesImport(
  args: SalesImportArgs,
  ctx: CommandContext,
  rowErrorsReply: RowErrorsReply,
): Promise<Reply> {
  const { t, fmt } = ctx;
  const csv = openCsvStream(args.file.bytes);
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
    throw new UserError(
      'import_missing_columns',
      { columns: fieldNames(salesRowOptions, mapping.missingRequired, ctx.locale) },
      'columns',
    );
  const cols = SalesColumnMap.parse(mapping.columns);
  if (cols.cost === undefined && cols.margin === undefined)
    throw new UserError('sales_missing_cost', {}, 'columns');
  const headerOf = (field: string | null) => {
    const col = field === null ? undefined : mapping.columns[field];
    return col !== undefined ? (csv.headers[col] ?? field ?? '') : (field ?? '');
  };

  const data = salesData(ctx.tx);
  const preview: string[][] = [];
  const previewLine = (line: number, v: SalesLineValues) => {
    if (preview.length < 5)
      preview.push([
        String(line),
        fmt.date(v.date),
        v.order,
        v.customer,
        fmt.money(v.revenue),
        fmt.money(v.cost),
      ]);
  };
  const scanOpts = { today: ctx.today, dates: args.dates, maxRows: MAX_SALES_ROWS };
  // A plain file is read from its bytes (see plain-sales.ts); any other by the general reader.
  const plain = await readPlainSales(
    args.file.bytes,
    csv,
    cols,
    scanOpts,
    (rows) => new SalesFileLines(rows, data),
    previewLine,
  );
  const { scan, lines, read } = plain ?? (await readAnySales(csv, cols, scanOpts, ctx, data, previewLine));
  const { dateOrder } = scan;
  const decimal = scan.decimal.revenue ?? 'ambiguous';
  lines.done();
  if (read.errorCount > 0) return rowErrorsReply(ctx, read.errors, headerOf, read.errorCount);

  const staged = stageSales(ctx.tx, lines, read.valid);
  const { counts } = staged;
  const about = fields([
    { label: t('import.file'), value: args.file.name, inline: true },
    { label: t('import.rows'), value: fmt.integer(scan.rows), inline: true },
    {
      label: t('import.format'),
      value: fileFormat(
        t,
        csv,
        dateOrder,
        ...(decimal === 'ambiguous' ? [] : [t('sales.decimal', { sep: decimal })]),
      ),
      inline: true,
    },
    {
      label: t('import.columns'),
      value: mappedColumns(salesRowOptions, mapping.columns, csv.headers, ctx.locale),
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
    columns: mapping.columns,
    ignored: mapping.unknownHeaders,
    range: { from: staged.from, to: staged.to },
  };
  if (args.dry_run) {
    return reply({
      title: t('sales.preview_title', { count: read.valid }),
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
  await staged.commit(ctx.tx, args.columns !== undefined ? explicit : undefined);
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
