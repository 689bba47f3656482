import { z } from 'zod';
import { type LogArgs, logOptions } from '../src/activities/log-options.ts';
import { recordAudit } from '../src/audit/record.ts';
import { CONSENT_SYNONYMS, consentImport, consentImportColumns } from '../src/consent/import-columns.ts';
import { importedContactFlags } from '../src/consent/import-flags.ts';
import { type CommandContext, defineCommand, defineSubcommand } from '../src/core/command.ts';
import { userErrorMessage } from '../src/core/dispatch.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fields, type Reply, reply, table, text } from '../src/core/reply.ts';
import { checkActivityRows, stageActivities } from '../src/import/activities.ts';
import { parseColumnMap } from '../src/import/column-map.ts';
import { type FieldSpec, mapHeaders } from '../src/import/headers.ts';
import { fieldNames, fileFormat, mappedColumns } from '../src/import/mapped-columns.ts';
import {
  duplicatesOption,
  importNearMatches,
  mergeTargets,
  nearMatchBlocks,
  nearMatchData,
  nearMatchRefusal,
} from '../src/import/near-matches.ts';
import { type ProspectRowArgs, stageProspects } from '../src/import/prospects.ts';
import { dateOrderOf, readCsvOrThrow } from '../src/import/read.ts';
import { fieldsOf, parseRows, type RowError } from '../src/import/rows.ts';
import { ACTIVITY_SYNONYMS, PROSPECT_SYNONYMS } from '../src/import/synonyms.ts';
import { runSalesImport } from '../src/portfolio/import-sales.ts';
import { guardConfirmOption, guardField } from '../src/privacy/guard-note.ts';
import { privacyImportCheck } from '../src/privacy/reimport.ts';
import { prospectFields } from '../src/prospects/fields.ts';

const MAX_ROWS = 200_000;
const SHOWN_ERRORS = 30;

const importOptions = z.object({
  file: opt.file({
    required: true,
    positional: true,
    frName: 'fichier',
    description: {
      fr: 'Fichier CSV (joint, ou chemin dans le terminal)',
      en: 'CSV file (attached, or a path in the terminal)',
    },
  }),
  dry_run: opt.boolean({
    frName: 'essai',
    aliases: ['apercu', 'preview', 'test'],
    description: { fr: 'Aperçu sans rien enregistrer', en: 'Preview without saving anything' },
  }),
  columns: opt.text({
    frName: 'colonnes',
    aliases: ['map', 'mapping'],
    maxLength: 1000,
    description: {
      fr: 'Correspondance "En-tête=champ;…" si les noms diffèrent',
      en: 'Mapping "Header=field;…" when names differ',
    },
  }),
  dates: opt.choice(['dmy', 'mdy', 'ymd'], {
    description: {
      fr: 'Ordre des dates si ambigu (jour/mois/année…)',
      en: 'Date order when ambiguous (day/month/year…)',
    },
    choiceLabels: {
      fr: { dmy: 'jour/mois/année', mdy: 'mois/jour/année', ymd: 'année-mois-jour' },
      en: { dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year-month-day' },
    },
    choiceAliases: { dmy: ['jma', 'fr'], mdy: ['mja', 'us'], ymd: ['amj', 'iso'] },
  }),
});
/** Activities and prospects carry free-text notes: their rows go through the CNIL guard. */
const recordImportOptions = importOptions.extend({
  confirm: guardConfirmOption(),
  duplicates: duplicatesOption(),
});
type ImportArgs = z.output<typeof recordImportOptions>;

const activityFields = (): FieldSpec[] =>
  fieldsOf(logOptions, ACTIVITY_SYNONYMS).map((f) => (f.id === 'date' ? { ...f, required: true } : f));
const prospectRowSchema = z.object({
  name: opt.text({ required: true, frName: 'nom', maxLength: 120, description: { fr: 'Nom', en: 'Name' } }),
  ...prospectFields,
  ...consentImportColumns,
});

/** The bad rows of a file; `total` counts them all when `errors` holds only the first ones. */
function rowErrorsReply(
  ctx: CommandContext,
  errors: RowError[],
  headerOf: (field: string | null) => string,
  total = errors.length,
): Reply {
  const { t } = ctx;
  const message = t('errors.import_rows_invalid', { count: total });
  const rows = errors
    .slice(0, SHOWN_ERRORS)
    .map((e) => [String(e.line), headerOf(e.field), userErrorMessage(t, new UserError(e.code, e.params))]);
  return reply({
    tone: 'error',
    title: message,
    blocks: [
      table(
        [
          { label: t('import.col_line'), align: 'right' },
          { label: t('import.col_column') },
          { label: t('import.col_problem') },
        ],
        rows,
        total > errors.length
          ? t('import.more_errors_kept', { shown: SHOWN_ERRORS, total, kept: errors.length })
          : errors.length > SHOWN_ERRORS
            ? t('import.more_errors', { shown: SHOWN_ERRORS, total })
            : undefined,
      ),
    ],
    error: { code: 'import_rows_invalid', message },
    data: { errors, total },
  });
}

/** Each row's note through the free-text guard (DOMAIN §6): a flagged note is a row error, like a bad value. */
function guardRows(
  ctx: CommandContext,
  rows: { line: number; args: { note?: string | undefined } }[],
  confirmed: boolean | undefined,
): RowError[] {
  return rows.flatMap(({ line, args }) => {
    try {
      guardField(ctx, 'note', args.note, confirmed);
      return [];
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return [{ line, field: 'note', code: e.code, params: e.params }];
    }
  });
}

async function runImport(
  what: 'activities' | 'prospects',
  args: ImportArgs,
  ctx: CommandContext,
): Promise<Reply> {
  const { t, fmt } = ctx;
  const csv = readCsvOrThrow(args.file.bytes, MAX_ROWS);
  const specs =
    what === 'activities'
      ? activityFields()
      : fieldsOf(prospectRowSchema, { ...PROSPECT_SYNONYMS, ...CONSENT_SYNONYMS });
  const mapping = mapHeaders(csv.headers, specs, parseColumnMap(args.columns, specs));
  if (mapping.missingRequired.length > 0)
    throw new UserError(
      'import_missing_columns',
      {
        columns: fieldNames(
          what === 'activities' ? logOptions : prospectRowSchema,
          mapping.missingRequired,
          ctx.locale,
        ),
      },
      'columns',
    );
  const headerOf = (field: string | null) =>
    field !== null && mapping.columns[field] !== undefined
      ? (csv.headers[mapping.columns[field]] ?? field)
      : (field ?? '');

  const dateCol = mapping.columns.date;
  const dateOrder =
    what === 'activities' && dateCol !== undefined
      ? dateOrderOf(csv, dateCol, args.dates, ctx.today)
      : args.dates;
  const env = { today: ctx.today, locale: ctx.locale, ...(dateOrder && { dateOrder }) };
  const schema = what === 'activities' ? logOptions : prospectRowSchema;
  const parsed = await parseRows<LogArgs & ProspectRowArgs>(csv, schema, mapping.columns, env);
  const errors = [
    ...parsed.errors,
    ...(what === 'activities' ? checkActivityRows(parsed.rows) : []),
    ...guardRows(ctx, parsed.rows, args.confirm),
  ].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return rowErrorsReply(ctx, errors, headerOf);
  const near = importNearMatches(ctx, parsed.rows);

  const about = fields([
    { label: t('import.file'), value: args.file.name, inline: true },
    { label: t('import.rows'), value: fmt.integer(csv.rows.length), inline: true },
    {
      label: t('import.format'),
      value: fileFormat(t, csv, dateOrder),
      inline: true,
    },
    {
      label: t('import.columns'),
      value: mappedColumns(schema, mapping.columns, csv.headers, ctx.locale),
    },
    ...(mapping.unknownHeaders.length
      ? [{ label: t('import.ignored'), value: mapping.unknownHeaders.join(', ') }]
      : []),
  ]);
  const meta = {
    file: args.file.name,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    dateOrder: dateOrder ?? null,
    columns: mapping.columns,
    ignored: mapping.unknownHeaders,
  };
  if (args.dry_run) {
    const preview = parsed.rows
      .slice(0, 5)
      .map((r) => [
        String(r.line),
        ...Object.keys(mapping.columns).map((f) => String((r.args as Record<string, unknown>)[f] ?? '')),
      ]);
    return reply({
      title: t('import.preview_title', { count: parsed.rows.length }),
      blocks: [
        about,
        table(
          [
            { label: t('import.col_line'), align: 'right' },
            ...Object.keys(mapping.columns).map((f) => ({ label: f })),
          ],
          preview,
        ),
        ...(near.length > 0 ? nearMatchBlocks(ctx, near) : []),
        text(t('import.preview_hint')),
      ],
      data: {
        dryRun: true,
        ...meta,
        nearMatches: nearMatchData(near),
        counts: { rows: csv.rows.length, valid: parsed.rows.length, errors: 0 },
      },
    });
  }
  if (near.length > 0 && args.duplicates === undefined) return nearMatchRefusal(ctx, near);
  const by = { member: ctx.member, now: ctx.now, today: ctx.today };
  const merge = args.duplicates === 'merge' ? mergeTargets(ctx, near) : new Map();
  const consents = consentImport(ctx, args.file.name);
  const flags = importedContactFlags(ctx);
  const privacy = privacyImportCheck(ctx, parsed.rows);
  const counts =
    what === 'activities'
      ? stageActivities(ctx.tx, privacy.kept, by, merge, flags.flag)
      : stageProspects(ctx.tx, privacy.kept, by, merge, consents.onRow);
  recordAudit(ctx.tx, {
    action: 'import',
    actorId: ctx.member.id,
    at: ctx.now,
    targets: [what],
    counts: { ...counts },
  });
  return reply({
    title: t(what === 'activities' ? 'import.done_activities' : 'import.done_prospects', {
      count: counts.imported,
    }),
    tone: 'success',
    blocks: [
      about,
      fields(
        Object.entries(counts).map(([k, v]) => ({
          label: t(`import.count_${k as keyof typeof counts}` as 'import.count_rows'),
          value: fmt.integer(v),
          inline: true,
        })),
      ),
      ...(near.length > 0 && args.duplicates
        ? [text(t(`dup.decision_${args.duplicates}`, { count: near.length }))]
        : []),
      ...consents.blocks(),
      ...flags.blocks(),
      ...privacy.blocks(),
    ],
    data: {
      dryRun: false,
      ...meta,
      counts,
      nearMatches: nearMatchData(near),
      duplicates: args.duplicates ?? null,
      consentRecords: consents.count(),
      complianceFlags: flags.count(),
      opposedRows: privacy.opposedLines,
      erasedRows: privacy.erasedLines,
    },
  });
}

const sub = (
  what: 'activities' | 'prospects',
  fr: string,
  description: { fr: string; en: string },
  example: string,
) =>
  defineSubcommand({
    name: what,
    frName: fr,
    description,
    permission: 'manager',
    slow: true,
    examples: [example],
    options: recordImportOptions,
    handler: (args, ctx) => runImport(what, args, ctx),
  });

export default defineCommand({
  name: 'import',
  frName: 'importer',
  description: {
    fr: 'Importer un fichier CSV (Excel) d’actions ou de prospects',
    en: 'Import a CSV (Excel) file of activities or prospects',
  },
  subcommands: [
    sub(
      'activities',
      'actions',
      { fr: 'Importer des actions de prospection (CSV)', en: 'Import prospecting activities (CSV)' },
      '/import activities file:export.csv dry_run:true',
    ),
    sub(
      'prospects',
      'prospects',
      { fr: 'Importer des prospects (CSV)', en: 'Import prospects (CSV)' },
      '/importer prospects fichier:prospects.csv',
    ),
    defineSubcommand({
      name: 'sales',
      frName: 'ventes',
      description: {
        fr: 'Importer des ventes (CSV) pour l’analyse du portefeuille',
        en: 'Import sales (CSV) for the portfolio analysis',
      },
      permission: 'manager',
      slow: true,
      examples: ['/import sales file:superstore.csv dry_run:true'],
      options: importOptions,
      handler: (args, ctx) => runSalesImport(args, ctx, rowErrorsReply),
    }),
  ],
});
