import { DateTime } from 'luxon';
import type { Period } from '../analytics/index.ts';
import { ratio } from '../analytics/ratio.ts';
import type { Objective } from '../domain/entities.ts';
import type { ObjectiveMetric } from '../domain/operation-ids.ts';
import type { Results } from './scope.ts';

type Quantitative = Extract<Objective, { kind: 'quantitative' }>;

/** The realised value of a metric; null when it cannot be known (a margin with no base). */
export function realised(metric: ObjectiveMetric, r: Results): number | null {
  const s = r.funnel.stages;
  switch (metric) {
    case 'attempts':
      return s.attempted;
    case 'appointments':
      return s.appointment;
    case 'visits':
      return s.visited;
    case 'proposals':
      return s.proposal;
    case 'signed':
      return s.signed;
    case 'revenue':
      return r.signed.revenue;
    case 'margin':
      return r.signed.margin;
    case 'new_customers':
      return r.funnel.customers.new;
  }
}

/** A ratio whose numerator may be unknown (a margin without base). */
export type Attainment = { numerator: number | null; denominator: number; value: number | null };

/** `attainment` = realised / objective (DOMAIN §1); null for an objective of 0 or an unknown result. */
export function attainment(value: number | null, target: number): Attainment {
  return value === null ? { numerator: null, denominator: target, value: null } : ratio(value, target);
}

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });
const days = (from: string, to: string): number => day(to).diff(day(from), 'days').days + 1;

/** Where a campaign objective should be today (linear over the campaign's weeks). */
export interface Pace {
  /** weeks = days / 7. */
  weeks: number;
  elapsedWeeks: number;
  /** target / weeks: the pace needed from the start. */
  weekly_pace: number | null;
  /** target × elapsed / duration: where the campaign should be today. */
  expected_to_date: number;
  /** (target − realised) / remaining weeks; null when the campaign is over. */
  required_pace: number | null;
  on_track: boolean | null;
}

export function paceOf(target: number, value: number | null, period: Period, today: string): Pace {
  const total = days(period.from, period.to);
  const elapsedDays = Math.min(total, Math.max(0, days(period.from, today)));
  const weeks = total / 7;
  const elapsedWeeks = elapsedDays / 7;
  const remaining = weeks - elapsedWeeks;
  const expected = (target * elapsedDays) / total;
  return {
    weeks,
    elapsedWeeks,
    weekly_pace: weeks === 0 ? null : target / weeks,
    expected_to_date: expected,
    required_pace: remaining <= 0 || value === null ? null : Math.max(0, target - value) / remaining,
    on_track: value === null ? null : value >= expected,
  };
}

/** The ISO week (Monday..Sunday) a per-week objective is judged on: today's, or the campaign's last. */
export function judgedWeek(period: Period, today: string): Period {
  const ref = today > period.to ? period.to : today < period.from ? period.from : today;
  const monday = day(ref).startOf('week');
  return { from: monday.toISODate() as string, to: monday.plus({ days: 6 }).toISODate() as string };
}

export interface ObjectiveRow {
  objective: Quantitative;
  /** The target the row compares with: the campaign's total, or one week's. */
  target: number;
  realised: number | null;
  attainment: Attainment;
  /** Per-campaign objectives with a period only. */
  pace: Pace | null;
  /** Per-week objectives: the week judged. */
  week: Period | null;
}

/** One quantitative objective against its results (the caller picks results of the rep and week). */
export function evaluate(
  objective: Quantitative,
  results: Results,
  ctx: { period: Period | null; today: string; week: Period | null },
): ObjectiveRow {
  const value = realised(objective.metric, results);
  return {
    objective,
    target: objective.target,
    realised: value,
    attainment: attainment(value, objective.target),
    pace:
      objective.per === 'campaign' && ctx.period
        ? paceOf(objective.target, value, ctx.period, ctx.today)
        : null,
    week: objective.per === 'week' ? ctx.week : null,
  };
}
