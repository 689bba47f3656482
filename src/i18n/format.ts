import type { Locale } from '../domain/ids.ts';
import { dayInZone } from './zoned-day.ts';

/** Ratio as DOMAIN.md defines it: exact numerator and denominator, value null when the denominator is 0. */
export interface RatioLike {
  numerator: number;
  denominator: number;
  value: number | null;
}

const TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Display formatting for one locale and currency; data stays exact, only display rounds. */
export interface Formatter {
  readonly locale: Locale;
  integer(n: number): string;
  number(n: number, maxDigits?: number): string;
  money(n: number): string;
  /** 0.333 → `33,3 %` (fr) / `33.3%` (en); null → `n.d.` / `n/a`. */
  percent(v: number | null): string;
  /** `33,3 % (80/240)`: the fraction removes the doubt about which ratio it is. */
  ratio(r: RatioLike): string;
  /** Signed difference in percentage points: `+4,2 pts`. */
  points(v: number | null): string;
  /** `YYYY-MM-DD` → `27 nov. 2026` / `27 Nov 2026`. */
  date(iso: string): string;
  /** The team's time zone, in which every instant is shown. */
  readonly timeZone: string;
  /** The team's calendar day `YYYY-MM-DD` of an instant (`2026-12-04T23:28Z` → `2026-12-05` in Paris). */
  dayOf(instant: string): string;
  /** An instant's day in the team's time zone, displayed: `5 déc. 2026` / `5 Dec 2026`. */
  instantDate(instant: string): string;
  notAvailable: string;
}

const formatters = new Map<string, Formatter>();

/**
 * The formatter of a locale, currency and time zone (the team's); Intl objects are costly to build,
 * so each is built once.
 */
export function createFormatter(locale: Locale, currency = 'EUR', timeZone = 'Europe/Paris'): Formatter {
  const key = `${locale}:${currency}:${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = buildFormatter(locale, currency, timeZone);
    formatters.set(key, f);
  }
  return f;
}

function buildFormatter(locale: Locale, currency: string, timeZone: string): Formatter {
  const tag = TAG[locale];
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency });
  const pct = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const pts = new Intl.NumberFormat(tag, {
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const day = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // French writes the first of a month as an ordinal: « 1er janv. 2026 », not « 1 janv. 2026 ».
  const formatDay = (d: Date): string =>
    locale === 'fr' && d.getUTCDate() === 1
      ? day
          .formatToParts(d)
          .map((p) => (p.type === 'day' ? `${p.value}er` : p.value))
          .join('')
      : day.format(d);
  const nums = new Map<number, Intl.NumberFormat>();
  const na = locale === 'fr' ? 'n.d.' : 'n/a';
  const percent = (v: number | null): string => (v === null ? na : pct.format(v));
  return {
    locale,
    notAvailable: na,
    integer: (n) => int.format(n),
    number: (n, maxDigits = 2) => {
      let f = nums.get(maxDigits);
      if (!f) {
        f = new Intl.NumberFormat(tag, { maximumFractionDigits: maxDigits });
        nums.set(maxDigits, f);
      }
      return f.format(n);
    },
    money: (n) => money.format(n),
    percent,
    ratio: (r) => `${percent(r.value)} (${int.format(r.numerator)}/${int.format(r.denominator)})`,
    points: (v) => (v === null ? na : `${pts.format(v * 100)} pts`),
    date: (iso) => formatDay(new Date(`${iso}T00:00:00Z`)),
    timeZone,
    dayOf: (instant) => dayInZone(instant, timeZone),
    instantDate: (instant) => formatDay(new Date(`${dayInZone(instant, timeZone)}T00:00:00Z`)),
  };
}
