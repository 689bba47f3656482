import type { DescribedOption } from '../../core/options.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';

const DAY_MS = 86_400_000;

/** `n` clamped to the option's limits (a weekday 1–7 shows 7, not 12). */
function within(o: DescribedOption, n: number): number {
  if (o.max !== undefined && n > o.max) return o.max;
  if (o.min !== undefined && n < o.min) return o.min;
  return n;
}

/** The day before `today` (`2026-11-27`): a date every date field accepts, even a "not in the future" one. */
function yesterday(today: string | undefined): string {
  const t = today ? Date.parse(`${today}T00:00:00Z`) : Date.now();
  return new Date(t - DAY_MS).toISOString().slice(0, 10);
}

/**
 * The hint a form shows in an empty field: an example the core's own parser reads for this option
 * (`ex. 1 234,50`, `ex. 45, 1h30`, `ex. hier, 27/11`), in the user's language. Undefined for kinds
 * whose input already says what to give (text, choices, toggles, files).
 */
export function formExample(o: DescribedOption, locale: Locale, today?: string): string | undefined {
  const t = createTranslator(locale);
  switch (o.kind) {
    case 'money':
      return o.max !== undefined && o.max < 1234.5
        ? t('form.example_number', { value: String(within(o, 12)) })
        : t('form.example_money');
    case 'number': {
      const n = within(o, 12.5);
      const value = locale === 'fr' ? String(n).replace('.', ',') : String(n);
      return t('form.example_number', { value });
    }
    case 'rate':
      return t('form.example_number', { value: locale === 'fr' ? '20 %' : '20%' });
    case 'integer':
      return t('form.example_integer', { value: String(Math.round(within(o, 12))) });
    case 'duration':
      return t('form.example_duration');
    case 'date': {
      const iso = yesterday(today);
      return t('form.example_date', { day: `${iso.slice(8, 10)}/${iso.slice(5, 7)}`, iso });
    }
    case 'period':
      return t('form.example_period');
    default:
      return undefined;
  }
}
