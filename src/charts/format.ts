import type { Locale } from '../domain/ids.ts';
import type { ValueFormat } from './spec.ts';

/** The Intl locale each product locale formats numbers with (same as i18n/format.ts). */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Formats chart values for one locale and currency: data labels, legends, funnel annotations. */
export interface ValueFormatter {
  /** Full display value: `1 234,50 €`, `33,3 %`; null → `n.d.` / `n/a`. */
  full(value: number | null, format: ValueFormat): string;
  /** Short form for tight spaces: `1,2 k €`, `€1.2k`; null → `n.d.` / `n/a`. */
  short(value: number | null, format: ValueFormat): string;
  readonly notAvailable: string;
}

const NOT_AVAILABLE: Record<Locale, string> = { fr: 'n.d.', en: 'n/a' };

/** Intl options per value format and length; the full ones follow i18n/format.ts (tested to match). */
function intlOptions(format: ValueFormat, currency: string, short: boolean): Intl.NumberFormatOptions {
  if (format === 'percent') return { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const compact: Intl.NumberFormatOptions = short ? { notation: 'compact', maximumFractionDigits: 1 } : {};
  if (format === 'money')
    return { style: 'currency', currency, ...(short ? { minimumFractionDigits: 0 } : {}), ...compact };
  if (format === 'integer') return { maximumFractionDigits: 0, ...compact };
  return { maximumFractionDigits: 2, ...compact };
}

/**
 * Same display rules as i18n/format.ts, but each Intl.NumberFormat is built on first use: building
 * them all costs about a millisecond, a tenth of a chart's whole drawing time.
 */
export function createValueFormatter(locale: Locale, currency: string): ValueFormatter {
  const made = new Map<string, Intl.NumberFormat>();
  // Chart.js formats the same label while measuring, laying out and drawing: Intl formatting was ~8 %
  // of a chart's drawing time (profiled). A formatter lives for one chart, so this stays small.
  const done = new Map<string, string>();
  const format = (value: number | null, kind: ValueFormat, short: boolean): string => {
    if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE[locale];
    const useShort = short && kind !== 'percent' && (kind === 'money' || Math.abs(value) >= 1000);
    const key = `${kind}:${useShort}`;
    const memo = `${key}:${value}`;
    const known = done.get(memo);
    if (known !== undefined) return known;
    let nf = made.get(key);
    if (!nf) {
      nf = new Intl.NumberFormat(INTL_LOCALE[locale], intlOptions(kind, currency, useShort));
      made.set(key, nf);
    }
    const text = nf.format(value);
    done.set(memo, text);
    return text;
  };
  return {
    notAvailable: NOT_AVAILABLE[locale],
    full: (value, kind) => format(value, kind, false),
    short: (value, kind) => format(value, kind, true),
  };
}

/** Intl options for axis ticks: fewer decimals than data labels, since ticks are round numbers. */
function tickOptions(format: ValueFormat, currency: string): Intl.NumberFormatOptions {
  switch (format) {
    case 'money':
      return { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 };
    case 'percent':
      return { style: 'percent', maximumFractionDigits: 1 };
    case 'integer':
      return { maximumFractionDigits: 0 };
    default:
      return { maximumFractionDigits: 2 };
  }
}

export type TickCallback = (value: number | string) => string;

/**
 * A Chart.js tick callback formatting in `locale`. Built from literal strings with `new Function`
 * so it closes over nothing: it must still work once serialized and evaluated by a QuickChart server.
 */
/**
 * Tick callbacks by format, locale and currency. Module state on purpose: sharing one function
 * (and the formatter it keeps) across charts saves a compile and an Intl object per chart.
 */
const tickCallbacks = new Map<string, TickCallback>();

/**
 * A Chart.js tick callback formatting in `locale`. Built from literal strings with `new Function`
 * so it closes over nothing: it must still work once serialized and evaluated by a QuickChart server.
 */
export function createTickCallback(format: ValueFormat, locale: Locale, currency: string): TickCallback {
  const key = `${format}|${locale}|${currency}`;
  const known = tickCallbacks.get(key);
  if (known) return known;
  const nf = `new Intl.NumberFormat(${JSON.stringify(INTL_LOCALE[locale])}, ${JSON.stringify(
    tickOptions(format, currency),
  )})`;
  // The function keeps its formatter on itself, created at its first call.
  const source = `return function formatTick(value) { var nf = formatTick.nf || (formatTick.nf = ${nf}); return nf.format(Number(value)); };`;
  const callback = new Function(source)() as TickCallback;
  tickCallbacks.set(key, callback);
  return callback;
}
