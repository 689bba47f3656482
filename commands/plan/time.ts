import { DateTime } from 'luxon';
import { z } from 'zod';
import { campaignRef, resolveCampaign } from '../../src/campaigns/campaign-options.ts';
import { periodText } from '../../src/campaigns/campaign-reply.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { chart, fields, reply, text } from '../../src/core/reply.ts';
import type { Campaign } from '../../src/domain/entities.ts';
import type { ObjectiveMetric } from '../../src/domain/operation-ids.ts';
import { DEFAULTS } from '../../src/domain/operation-settings.ts';
import { workingDays } from '../../src/planning/calendar.ts';
import { timePlan } from '../../src/planning/time-plan.ts';

const days = (from: string, to: string): number =>
  DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days + 1;

/** What the campaign's team objectives ask for a metric over its period (per-week targets × weeks); rep objectives summed when the team has none. */
export function objectiveTotal(
  c: Campaign | undefined,
  metric: ObjectiveMetric,
  period: { from: string; to: string },
): number {
  const list = (c?.objectives ?? []).flatMap((o) =>
    o.kind === 'quantitative' && o.metric === metric ? [o] : [],
  );
  const team = list.filter((o) => o.repId === undefined);
  const weeks = days(period.from, period.to) / 7;
  return (team.length ? team : list).reduce(
    (s, o) => s + (o.per === 'week' ? o.target * weeks : o.target),
    0,
  );
}

const minutes = (fr: string, en: string) => opt.duration({ description: { fr, en } });

export const planTime = defineSubcommand({
  name: 'time',
  frName: 'temps',
  aliases: ['charge', 'capacite'],
  description: {
    fr: 'Temps disponible contre temps nécessaire, capacité, taille d’équipe',
    en: 'Time available against time needed, capacity, team size',
  },
  examples: ['/plan time C-2', '/plan temps période:2027-01 visites:120 appels:600 commerciaux:2'],
  // Answers with a chart: channels acknowledge first (Discord's 3 s deadline).
  slow: true,
  options: z.object({
    campaign: campaignRef(false),
    period: opt.period({
      frName: 'période',
      aliases: ['periode'],
      description: {
        fr: 'Période (celle de l’opération par défaut)',
        en: 'Period (the campaign’s by default)',
      },
    }),
    visits: opt.integer({
      frName: 'visites',
      min: 0,
      max: 100_000,
      description: {
        fr: 'Visites à faire (objectif visites par défaut)',
        en: 'Visits to make (visits objective by default)',
      },
    }),
    calls: opt.integer({
      frName: 'appels',
      min: 0,
      max: 1_000_000,
      description: {
        fr: 'Appels à passer (objectif tentatives par défaut)',
        en: 'Calls to make (attempts objective by default)',
      },
    }),
    visit_duration: minutes('Durée d’une visite (60 min par défaut)', 'Length of a visit (default 60 min)'),
    travel: minutes('Trajet par visite (30 min par défaut)', 'Travel per visit (default 30 min)'),
    call_duration: minutes('Durée d’un appel (5 min par défaut)', 'Length of a call (default 5 min)'),
    hours_per_day: opt.number({
      frName: 'heures_par_jour',
      min: 1,
      max: 12,
      description: {
        fr: 'Heures travaillées par jour (7 par défaut)',
        en: 'Working hours a day (default 7)',
      },
    }),
    other_tasks: opt.number({
      frName: 'autres_tâches',
      aliases: ['autres_taches'],
      min: 0,
      max: 60,
      description: { fr: 'Heures par semaine pour d’autres tâches', en: 'Hours a week for other tasks' },
    }),
    leave: opt.integer({
      frName: 'congés',
      aliases: ['conges'],
      min: 0,
      max: 366,
      description: { fr: 'Jours de congés par commercial', en: 'Days of leave per rep' },
    }),
    reps: opt.integer({
      frName: 'commerciaux',
      min: 1,
      max: 1000,
      description: {
        fr: 'Commerciaux (ceux de l’opération par défaut)',
        en: 'Reps (the campaign’s by default)',
      },
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const c = args.campaign !== undefined || !args.period ? resolveCampaign(tx, args.campaign) : undefined;
    const period = args.period
      ? { from: args.period.from, to: args.period.to }
      : c?.from && c.to
        ? { from: c.from, to: c.to }
        : undefined;
    if (!period) throw new UserError('plan_period_missing', { id: c?.id ?? '' }, 'period');
    const work = workingDays(period);
    const input = {
      workingDays: work.days,
      hoursPerDay: args.hours_per_day ?? DEFAULTS.hoursPerDay,
      otherHoursPerWeek: args.other_tasks ?? 0,
      leaveDays: args.leave ?? 0,
      reps: args.reps ?? Math.max(1, c?.repIds?.length ?? 1),
      visits: args.visits ?? objectiveTotal(c, 'visits', period),
      calls: args.calls ?? objectiveTotal(c, 'attempts', period),
      visitMin: args.visit_duration ?? DEFAULTS.visitMin,
      travelMin: args.travel ?? DEFAULTS.travelMin,
      callMin: args.call_duration ?? DEFAULTS.callMin,
    };
    const p = timePlan(input);
    const h = (x: number) => t('ops.hours', { h: fmt.number(x, 1) });
    const blocks = [
      ...(c ? [text(`${c.name} (${c.id})`)] : []),
      fields([
        { label: t('ops.field_period'), value: periodText(ctx, period), inline: true },
        {
          label: t('ops.working_days'),
          value: t('ops.working_days_value', {
            days: work.days,
            holidays: work.holidays.map((d) => fmt.date(d)).join(', ') || '—',
          }),
          inline: true,
        },
        {
          label: t('ops.time_available'),
          value: t('ops.per_rep', {
            h: h(p.time_available),
            team: h(p.time_available_team),
            reps: input.reps,
          }),
          inline: true,
        },
        {
          label: t('ops.time_needed'),
          value: t('ops.time_needed_value', {
            h: h(p.time_needed),
            visits: input.visits,
            visit: input.visitMin,
            travel: input.travelMin,
            calls: input.calls,
            call: input.callMin,
          }),
        },
        {
          label: t('ops.capacity'),
          value:
            p.capacity === null
              ? fmt.notAvailable
              : t('ops.capacity_value', { n: fmt.number(p.capacity, 1), per: h(p.per_visit_hours) }),
          inline: true,
        },
        {
          label: t('ops.team_size'),
          value:
            p.team_size === null
              ? fmt.notAvailable
              : t('ops.team_size_value', { exact: fmt.number(p.team_size, 2), n: Math.ceil(p.team_size) }),
          inline: true,
        },
        {
          label: t('ops.reps_needed'),
          value:
            p.reps_needed === null
              ? fmt.notAvailable
              : t('ops.team_size_value', {
                  exact: fmt.number(p.reps_needed, 2),
                  n: Math.ceil(p.reps_needed),
                }),
          inline: true,
        },
      ]),
      text(
        t(p.feasible ? 'ops.feasible' : 'ops.not_feasible', {
          gap: h(Math.abs(p.time_available_team - p.time_needed)),
        }),
      ),
      text(t('ops.time_defaults')),
      chart({
        type: 'bar',
        title: t('ops.time_chart_title'),
        subtitle: periodText(ctx, period),
        alt: t('ops.time_chart_alt', { available: h(p.time_available_team), needed: h(p.time_needed) }),
        locale: ctx.locale,
        format: 'number',
        yTitle: t('ops.hours_axis'),
        labels: [t('ops.time_available'), t('ops.time_needed')],
        series: [{ label: t('ops.hours_axis'), values: [p.time_available_team, p.time_needed] }],
      }),
    ];
    return reply({
      title: t('ops.time_title'),
      blocks,
      data: {
        campaign: c?.id ?? null,
        period,
        working_days: work.days,
        holidays: work.holidays,
        inputs: input,
        ...p,
      },
    });
  },
});
