import { z } from 'zod';
import { AUDIT_ACTIONS, auditCollection } from '../src/audit/entities.ts';
import { auditCsv, auditRows } from '../src/audit/view.ts';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { fromOption, pageOf } from '../src/core/paging.ts';
import { reply, table, text } from '../src/core/reply.ts';
import { requireByRef } from '../src/domain/lookup.ts';

const ACTION_FR = {
  export: 'export',
  erasure: 'effacement',
  opposition: 'opposition',
  opposition_purged: 'opposition_purgée',
  request: 'demande',
  retention: 'conservation',
  role_change: 'rôle',
  import: 'import',
  bulk_delete: 'suppression',
  settings: 'réglages',
};

/** `/audit`: the team's append-only audit log (ids, counts and hashes only), filtered, as a table or a CSV file. */
export default defineCommand({
  name: 'audit',
  frName: 'audit',
  aliases: ['journal-audit', 'traces'],
  permission: 'admin',
  description: {
    fr: 'Journal d’audit : exports, effacements, oppositions, rôles, imports, suppressions, réglages',
    en: 'Audit log: exports, erasures, objections, roles, imports, deletions, settings',
  },
  examples: ['/audit', '/audit action:erasure period:this-month', '/audit objet:P-12 exporter:oui'],
  options: z.object({
    action: opt.choice(AUDIT_ACTIONS, {
      description: { fr: 'Seulement cette action', en: 'Only this action' },
      choiceLabels: {
        fr: ACTION_FR,
        en: Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as Record<
          (typeof AUDIT_ACTIONS)[number],
          string
        >,
      },
    }),
    period: opt.period({
      frName: 'période',
      aliases: ['periode', 'quand'],
      description: { fr: 'Période (ce mois, 2026-11…)', en: 'Period (this month, 2026-11…)' },
    }),
    by: opt.text({
      frName: 'par',
      autocomplete: 'rep',
      description: { fr: 'Seulement ce membre', en: 'Only this member' },
    }),
    target: opt.text({
      frName: 'objet',
      maxLength: 40,
      description: {
        fr: 'Seulement ce qui concerne P-12, R-3, X-1…',
        en: 'Only what concerns P-12, R-3, X-1…',
      },
    }),
    export: opt.boolean({
      frName: 'exporter',
      description: { fr: 'Joindre le journal filtré en CSV', en: 'Attach the filtered log as CSV' },
    }),
    from: fromOption(),
  }),
  handler(args, ctx) {
    const { t, tx } = ctx;
    const actor =
      args.by === undefined ? undefined : requireByRef(tx.members, args.by, 'rep_not_found', 'by');
    const target = args.target?.trim().toUpperCase();
    const log = tx.collection(auditCollection);
    const entries = (
      args.period ? log.inShards(args.period.from.slice(0, 7), args.period.to.slice(0, 7)) : log.all()
    )
      .filter((e) => args.action === undefined || e.action === args.action)
      .filter((e) => actor === undefined || e.actorId === actor.id)
      .filter((e) => target === undefined || e.targets.some((x) => x.toUpperCase() === target))
      .filter(
        (e) =>
          !args.period || (ctx.fmt.dayOf(e.at) >= args.period.from && ctx.fmt.dayOf(e.at) <= args.period.to),
      )
      .reverse();
    const { shown, caption, page, pastEnd } = pageOf(ctx, { command: 'audit' }, args, entries, 50);
    const rows = auditRows(ctx, shown);
    return reply({
      title: t('audit.title', { count: entries.length }),
      blocks:
        shown.length === 0
          ? [text(pastEnd ?? t('audit.none'))]
          : [
              table(
                [
                  { label: t('audit.column.id') },
                  { label: t('audit.column.at') },
                  { label: t('audit.column.actor') },
                  { label: t('audit.column.action') },
                  { label: t('audit.column.targets') },
                  { label: t('audit.column.counts') },
                ],
                rows,
                caption,
                page,
              ),
              ...(args.export ? [text(t('audit.export_file'))] : []),
            ],
      ...(args.export && {
        files: [{ name: `audit-${ctx.today}.csv`, mimeType: 'text/csv', content: auditCsv(entries) }],
      }),
      data: { entries },
    });
  },
});
