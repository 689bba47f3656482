import { DateTime } from 'luxon';
import type { Period } from '../analytics/period.ts';
import type { ChartSpecInput } from '../charts/spec.ts';
import { chart, fields, type Reply, reply, text } from '../core/reply.ts';
import type { Formatter, Translator } from '../i18n/index.ts';
import type { TeamView } from '../store/types.ts';
import { notesCollection, WATCH_TYPES, type WatchNote } from './entities.ts';
import { typeLabel } from './note-reply.ts';

const RELIABILITY_WEIGHT: Record<string, number> = { A: 5, B: 4, C: 3, D: 2, E: 1, F: 0 };
const CREDIBILITY_WEIGHT = [0, 5, 4, 3, 2, 1, 0];

/**
 * A note's digest score: 3 × useful marks + rating weight (reliability A..E = 5..1, F = 0;
 * credibility 1..5 = 5..1, 6 = 0; an unrated note counts as F6) + freshness (7 on the period's
 * last day, one less a day before, never below 0). Ties: newest first.
 */
export function digestScore(note: WatchNote, lastDay: string, dayOf: DayOf): number {
  const age = DateTime.fromISO(lastDay).diff(DateTime.fromISO(dayOf(note.createdAt)), 'days').days;
  return (
    3 * note.usefulBy.length +
    (RELIABILITY_WEIGHT[note.reliability ?? 'F'] ?? 0) +
    (CREDIBILITY_WEIGHT[note.credibility ?? 6] ?? 0) +
    Math.max(0, 7 - Math.round(age))
  );
}

/** The calendar day `YYYY-MM-DD` of an instant, in the team's time zone. */
type DayOf = (instant: string) => string;

/** Monday `YYYY-MM-DD` of the week a day is in. */
const mondayOf = (day: string): string => DateTime.fromISO(day).startOf('week').toISODate() ?? day;

/** The notes posted within a period of the team's calendar days (`dayOf`: an instant's day there), best first. */
export function rankForDigest(notes: readonly WatchNote[], period: Period, dayOf: DayOf): WatchNote[] {
  const inPeriod = notes.filter((n) => {
    const d = dayOf(n.createdAt);
    return d >= period.from && d <= period.to;
  });
  const score = new Map(inPeriod.map((n) => [n.id, digestScore(n, period.to, dayOf)]));
  return inPeriod.sort(
    (a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** The digest of a period: top notes, counts by type, a chart of notes by type per week. */
export function digestReply(
  view: TeamView,
  period: Period,
  deps: { t: Translator; fmt: Formatter; locale: 'fr' | 'en' },
): Reply {
  const { t, fmt } = deps;
  // Notes are sharded by their UTC month: a note of the team's 1 December may be in November's shard.
  const fromKey = DateTime.fromISO(period.from).minus({ months: 1 }).toFormat('yyyy-MM');
  const toKey = DateTime.fromISO(period.to).plus({ months: 1 }).toFormat('yyyy-MM');
  const ranked = rankForDigest(view.collection(notesCollection).inShards(fromKey, toKey), period, fmt.dayOf);
  const range = t('watch.range', { from: fmt.date(period.from), to: fmt.date(period.to) });
  const title = t('watch.digest_title', { range });
  if (ranked.length === 0)
    return reply({
      title,
      visibility: 'shared',
      blocks: [text(t('watch.digest_none', { range }))],
      data: { period, notes: [] },
    });
  const counts = WATCH_TYPES.map((ty) => [ty, ranked.filter((n) => n.type === ty).length] as const).filter(
    ([, c]) => c > 0,
  );
  const weeks: string[] = [];
  for (
    let w = mondayOf(period.from);
    w <= period.to;
    w = DateTime.fromISO(w).plus({ weeks: 1 }).toISODate() ?? '~'
  )
    weeks.push(w);
  const spec: ChartSpecInput = {
    type: 'bar',
    title: t('watch.digest_chart'),
    alt: `${t('watch.digest_chart')} : ${counts.map(([ty, c]) => `${t(`watch.type.${ty}`)} ${c}`).join(', ')}`,
    locale: deps.locale,
    labels: weeks.map((w) => t('watch.week', { date: fmt.date(w) })).slice(0, 200),
    series: counts.map(([ty]) => ({
      label: t(`watch.type.${ty}`),
      values: weeks
        .slice(0, 200)
        .map((w) => ranked.filter((n) => n.type === ty && mondayOf(fmt.dayOf(n.createdAt)) === w).length),
    })),
    stacked: true,
    format: 'integer',
  };
  const top = ranked.slice(0, 10);
  return reply({
    title,
    visibility: 'shared',
    blocks: [
      fields(
        top.map((n) => ({
          label: `${typeLabel(deps, n.type)} · ${n.id} · ${n.reliability ?? 'F'}${n.credibility ?? 6} · 👍 ${n.usefulBy.length}`,
          value: n.title,
        })),
      ),
      text(
        t('watch.digest_counts', {
          counts: counts.map(([ty, c]) => `${t(`watch.type.${ty}`)} ${c}`).join(', '),
        }),
      ),
      chart(spec),
      text(t('watch.digest_score')),
    ],
    data: {
      period,
      counts: Object.fromEntries(counts),
      notes: ranked.map((n) => ({
        id: n.id,
        score: digestScore(n, period.to, fmt.dayOf),
        useful: n.usefulBy.length,
      })),
    },
  });
}
