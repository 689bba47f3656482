import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { chart, reply, table, text } from '../src/core/reply.ts';
import { moneyRatio } from '../src/domain/money-format.ts';
import { METHOD_LABELS } from '../src/domain/operation-labels.ts';
import { ratesOf } from '../src/domain/operation-settings.ts';
import { compareMethods } from '../src/methods/compare.ts';

const compare = defineSubcommand({
  name: 'compare',
  frName: 'comparer',
  aliases: ['comparaison'],
  slow: true,
  description: {
    fr: 'Comparer les méthodes de prospection : coûts et taux, sur l’historique',
    en: 'Compare prospecting methods: costs and rates, from history',
  },
  examples: ['/method compare', '/méthode comparer période:2026-T3'],
  options: z.object({
    period: opt.period({
      positional: true,
      frName: 'période',
      aliases: ['periode'],
      description: { fr: 'Période (tout l’historique par défaut)', en: 'Period (all history by default)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt, locale } = ctx;
    const all = tx.activities.all();
    let first = ctx.today;
    for (const a of all) if (a.date < first) first = a.date;
    const period = args.period
      ? { from: args.period.from, to: args.period.to }
      : { from: first, to: ctx.today };
    const activities = args.period ? all.filter((a) => a.date >= period.from && a.date <= period.to) : all;
    const prospects = tx.prospects.all();
    const rates = ratesOf(tx);
    const rows = compareMethods({
      activities,
      campaigns: tx.campaigns.all(),
      prospectsById: new Map(prospects.map((p) => [p.id, p])),
      allProspects: prospects,
      period,
      rates,
    });
    const range = t('ops.range', { from: fmt.date(period.from), to: fmt.date(period.to) });
    const label = (m: (typeof rows)[number]['method']) => METHOD_LABELS[locale][m];
    return reply({
      title: t('ops.methods_title', { range }),
      blocks: rows.length
        ? [
            text(t('ops.methods_note', { rate: fmt.money(rates.hourlyCost), km: fmt.money(rates.kmRate) })),
            table(
              [
                { label: t('ops.col_method') },
                { label: t('ops.col_contacts'), align: 'right' },
                { label: t('ops.col_cost'), align: 'right' },
                { label: t('ops.cost_per_contact'), align: 'right' },
                { label: t('ratio.reach_rate'), align: 'right' },
                { label: t('ratio.appointment_rate'), align: 'right' },
              ],
              rows.map((r) => [
                label(r.method),
                fmt.integer(r.contacts),
                fmt.money(r.cost),
                moneyRatio(fmt, r.cost_per_contact),
                fmt.ratio(r.reach_rate),
                fmt.ratio(r.appointment_rate),
              ]),
            ),
            table(
              [
                { label: t('ops.col_method') },
                { label: t('ops.cost_per_appointment'), align: 'right' },
                { label: t('ops.cost_per_signature'), align: 'right' },
              ],
              rows.map((r) => [
                label(r.method),
                moneyRatio(fmt, r.cost_per_appointment),
                moneyRatio(fmt, r.cost_per_signature),
              ]),
            ),
            chart({
              type: 'bar',
              title: t('ops.methods_chart_title'),
              subtitle: range,
              alt: t('ops.methods_chart_alt', {
                rows: rows
                  .map((r) => `${label(r.method)} ${moneyRatio(fmt, r.cost_per_appointment)}`)
                  .join(', '),
              }),
              locale,
              currency: ctx.team.settings.currency,
              format: 'money',
              labels: rows.map((r) => label(r.method)),
              series: [
                { label: t('ops.cost_per_contact'), values: rows.map((r) => r.cost_per_contact.value) },
                {
                  label: t('ops.cost_per_appointment'),
                  values: rows.map((r) => r.cost_per_appointment.value),
                },
                { label: t('ops.cost_per_signature'), values: rows.map((r) => r.cost_per_signature.value) },
              ],
            }),
          ]
        : [text(t('ops.methods_empty'))],
      data: { period, methods: rows, rates },
    });
  },
});

export default defineCommand({
  name: 'method',
  frName: 'méthode',
  aliases: ['methode', 'methods', 'methodes'],
  description: {
    fr: 'Méthodes de prospection : comparaison des coûts et taux',
    en: 'Prospecting methods: cost and rate comparison',
  },
  subcommands: [compare],
});
