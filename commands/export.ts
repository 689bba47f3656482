import { z } from 'zod';
import { mayTouch } from '../src/activities/access.ts';
import { type CommandContext, defineCommand, defineSubcommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { fields, type Reply, reply, text } from '../src/core/reply.ts';
import type { Member } from '../src/domain/entities.ts';
import { requireMember } from '../src/domain/member-ref.ts';
import { activitiesSheet } from '../src/exports/activities-sheet.ts';
import { EXPORT_FORMATS, type ExportFormat, exportName, sheetFile } from '../src/exports/export-files.ts';
import { notesSheet } from '../src/exports/notes-sheet.ts';
import { prospectsSheet } from '../src/exports/prospects-sheet.ts';
import { salesSheet } from '../src/exports/sales-sheet.ts';
import type { Sheet } from '../src/exports/sheet.ts';
import { salesData } from '../src/portfolio/collection.ts';
import { activityShardOf } from '../src/store/collections.ts';
import { notesCollection } from '../src/watch/entities.ts';

type What = 'activities' | 'prospects' | 'sales' | 'notes';
type Period = { from: string; to: string };

const period = opt.period({
  positional: true,
  frName: 'période',
  aliases: ['periode', 'quand'],
  description: {
    fr: 'Période : ce-mois, novembre, T4, 2026-11-01..2026-11-30 (tout l’historique sinon)',
    en: 'Period: this-month, november, Q4, 2026-11-01..2026-11-30 (all history otherwise)',
  },
});
const rep = opt.text({
  frName: 'commercial',
  aliases: ['vendeur'],
  autocomplete: 'rep',
  description: { fr: 'Un seul commercial', en: 'One sales rep only' },
});
const format = opt.choice(EXPORT_FORMATS, {
  description: { fr: 'csv (par défaut) ou xlsx', en: 'csv (default) or xlsx' },
  choiceLabels: { fr: { csv: 'CSV', xlsx: 'Excel (XLSX)' }, en: { csv: 'CSV', xlsx: 'Excel (XLSX)' } },
  choiceAliases: { xlsx: ['excel', 'xls', 'classeur'] },
});
const withRep = z.object({ period, rep, format });
const withoutRep = z.object({ period, format });

const inPeriod = (day: string, p: Period | undefined) => !p || (day >= p.from && day <= p.to);

async function exportReply(
  ctx: CommandContext,
  what: What,
  sheet: Sheet,
  args: { period?: Period | undefined; format?: ExportFormat | undefined },
  member?: Member,
): Promise<Reply> {
  const { t, fmt } = ctx;
  const chosen = args.format ?? 'csv';
  const file = await sheetFile(sheet, chosen);
  const p = args.period;
  return reply({
    title: t('export.title', { count: sheet.rows.length, what: t(`export.what.${what}`) }),
    tone: 'success',
    visibility: 'private',
    blocks: [
      fields([
        { label: t('export.file'), value: file.name, inline: true },
        {
          label: t('export.period'),
          value: p ? `${fmt.date(p.from)} – ${fmt.date(p.to)}` : t('export.period_all'),
          inline: true,
        },
        ...(member ? [{ label: t('export.rep'), value: member.displayName, inline: true }] : []),
      ]),
      text(t(chosen === 'csv' ? 'export.format_csv' : 'export.format_xlsx')),
      ...(what === 'notes' ? [] : [text(t('export.reimport', { what: t(`export.what.${what}`) }))]),
    ],
    files: [file],
    data: {
      what,
      format: chosen,
      file: file.name,
      rows: sheet.rows.length,
      columns: sheet.headers,
      period: p ?? null,
      rep: member?.id ?? null,
    },
  });
}

const repOf = (ctx: CommandContext, ref: string | undefined) =>
  ref === undefined ? undefined : requireMember(ctx.tx.members, ref, 'rep');

const activities = defineSubcommand({
  name: 'activities',
  frName: 'actions',
  description: {
    fr: 'Exporter les actions (les vôtres ; l’équipe pour un manager)',
    en: 'Export activities (yours; the team’s for a manager)',
  },
  slow: true,
  examples: ['/exporter actions ce-mois format:xlsx', '/export activities period:Q4 rep:Alice'],
  options: withRep,
  async handler(args, ctx) {
    const { tx } = ctx;
    const member = repOf(ctx, args.rep);
    const p = args.period;
    const pool = p
      ? tx.activities.inShards(activityShardOf(p.from), activityShardOf(p.to))
      : tx.activities.all();
    const rows = pool.filter(
      (a) => inPeriod(a.date, p) && (!member || a.repId === member.id) && mayTouch(ctx.member, a),
    );
    const sheet = activitiesSheet(tx, rows, ctx.locale, exportName(ctx, 'activities', p));
    return exportReply(ctx, 'activities', sheet, args, member);
  },
});

const prospects = defineSubcommand({
  name: 'prospects',
  frName: 'prospects',
  description: {
    fr: 'Exporter le fichier prospects (créés dans la période ; d’un commercial)',
    en: 'Export the prospect file (created in the period; owned by one rep)',
  },
  permission: 'manager',
  slow: true,
  examples: ['/exporter prospects', '/export prospects format:xlsx'],
  options: withRep,
  async handler(args, ctx) {
    const member = repOf(ctx, args.rep);
    const p = args.period;
    const rows = ctx.tx.prospects
      .all()
      .filter((x) => inPeriod(ctx.fmt.dayOf(x.createdAt), p) && (!member || x.ownerId === member.id));
    return exportReply(
      ctx,
      'prospects',
      prospectsSheet(rows, ctx.locale, exportName(ctx, 'prospects', p)),
      args,
      member,
    );
  },
});

const sales = defineSubcommand({
  name: 'sales',
  frName: 'ventes',
  description: { fr: 'Exporter les lignes de ventes importées', en: 'Export the imported sales lines' },
  permission: 'manager',
  slow: true,
  examples: ['/exporter ventes 2025', '/export sales format:xlsx'],
  options: withoutRep,
  async handler(args, ctx) {
    const p = args.period;
    const sheet = salesSheet(salesData(ctx.tx), p, ctx.locale, exportName(ctx, 'sales', p));
    return exportReply(ctx, 'sales', sheet, args);
  },
});

const notes = defineSubcommand({
  name: 'notes',
  frName: 'notes',
  aliases: ['veille', 'watch'],
  description: { fr: 'Exporter les notes de veille', en: 'Export the watch notes' },
  slow: true,
  examples: ['/exporter notes ce-mois', '/export notes rep:Alice format:xlsx'],
  options: withRep,
  async handler(args, ctx) {
    const { tx, t } = ctx;
    const member = repOf(ctx, args.rep);
    const p = args.period;
    const rows = tx
      .collection(notesCollection)
      .all()
      .filter((n) => inPeriod(ctx.fmt.dayOf(n.createdAt), p) && (!member || n.authorId === member.id));
    const sheet = notesSheet(tx, rows, ctx.locale, exportName(ctx, 'notes', p), (type) =>
      t(`watch.type.${type}` as 'watch.type.legal'),
    );
    return exportReply(ctx, 'notes', sheet, args, member);
  },
});

export default defineCommand({
  name: 'export',
  frName: 'exporter',
  description: {
    fr: 'Exporter actions, prospects, ventes ou notes en CSV (Excel) ou XLSX',
    en: 'Export activities, prospects, sales or notes as CSV (Excel) or XLSX',
  },
  subcommands: [activities, prospects, sales, notes],
});
