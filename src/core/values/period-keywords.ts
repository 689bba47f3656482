import type { DateTime } from 'luxon';

/**
 * The named periods a user may type. `id` is the canonical (English) keyword; `fr` lists the French
 * aliases, the first being the one to offer. Matching ignores case, accents and separators.
 */
export const PERIOD_KEYWORDS = [
  { id: 'today', fr: ["aujourd'hui"] },
  { id: 'yesterday', fr: ['hier'] },
  { id: 'this-week', fr: ['cette-semaine', 'semaine'] },
  { id: 'last-week', fr: ['semaine-dernière', 'semaine-passée'] },
  { id: 'this-month', fr: ['ce-mois', 'mois'] },
  { id: 'last-month', fr: ['mois-dernier', 'mois-précédent'] },
  { id: 'this-quarter', fr: ['ce-trimestre', 'trimestre'] },
  { id: 'last-quarter', fr: ['trimestre-dernier', 'trimestre-précédent'] },
  { id: 'this-year', fr: ['cette-année', 'année'] },
  { id: 'last-year', fr: ['année-dernière', 'année-précédente'] },
  { id: 'last-7-days', fr: ['7-derniers-jours'] },
  { id: 'last-30-days', fr: ['30-derniers-jours'] },
] as const;
export type PeriodKeyword = (typeof PERIOD_KEYWORDS)[number]['id'];

/** How a period repeats, which decides what its previous period is. */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';

/** Lower case, no accents, no separators (`-`, `_`, spaces, apostrophes): "Semaine dernière" → "semainederniere". */
export function normalizePeriodText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_'’-]+/g, '');
}

const KEYWORD_BY_TEXT: ReadonlyMap<string, PeriodKeyword> = new Map(
  PERIOD_KEYWORDS.flatMap(({ id, fr }) =>
    [id, ...fr].map((name) => [normalizePeriodText(name), id] as const),
  ),
);

/** The keyword `text` names, in English or French, or undefined. */
export function findPeriodKeyword(text: string): PeriodKeyword | undefined {
  return KEYWORD_BY_TEXT.get(normalizePeriodText(text));
}

/** First day, last day (inclusive) and kind of a keyword's period relative to `today`. */
export function resolvePeriodKeyword(
  keyword: PeriodKeyword,
  today: DateTime,
): [DateTime, DateTime, PeriodKind] {
  switch (keyword) {
    case 'today':
      return [today, today, 'day'];
    case 'yesterday': {
      const day = today.minus({ days: 1 });
      return [day, day, 'day'];
    }
    case 'this-week':
      return [today.startOf('week'), today.endOf('week'), 'week'];
    case 'last-week': {
      const week = today.minus({ weeks: 1 });
      return [week.startOf('week'), week.endOf('week'), 'week'];
    }
    case 'this-month':
      return [today.startOf('month'), today.endOf('month'), 'month'];
    case 'last-month': {
      const month = today.minus({ months: 1 });
      return [month.startOf('month'), month.endOf('month'), 'month'];
    }
    case 'this-quarter':
      return [today.startOf('quarter'), today.endOf('quarter'), 'quarter'];
    case 'last-quarter': {
      const quarter = today.minus({ quarters: 1 });
      return [quarter.startOf('quarter'), quarter.endOf('quarter'), 'quarter'];
    }
    case 'this-year':
      return [today.startOf('year'), today.endOf('year'), 'year'];
    case 'last-year': {
      const year = today.minus({ years: 1 });
      return [year.startOf('year'), year.endOf('year'), 'year'];
    }
    // "The last N days" ends today: today's activities are the freshest the user asks about.
    case 'last-7-days':
      return [today.minus({ days: 6 }), today, 'range'];
    case 'last-30-days':
      return [today.minus({ days: 29 }), today, 'range'];
  }
}
