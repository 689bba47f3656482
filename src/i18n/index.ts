import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../domain/ids.ts';
import { en, fr } from './catalog.ts';

export type MessageKey = keyof typeof fr;
export type Params = Record<string, string | number>;
export type Translator = ((key: MessageKey, params?: Params) => string) & { locale: Locale };

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { fr, en };

const translators = new Map<Locale, Translator>();

/** Localized strings: ICU messages (plurals, selects) from `fr.ts`/`en.ts`, compiled once per key and locale. */
export function createTranslator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = buildTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

function buildTranslator(locale: Locale): Translator {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const t = (key: MessageKey, params?: Params): string => {
    let mf = compiled.get(key);
    if (!mf) {
      mf = new IntlMessageFormat(CATALOGS[locale][key], locale === 'fr' ? 'fr-FR' : 'en-GB');
      compiled.set(key, mf);
    }
    return String(mf.format(params));
  };
  return Object.assign(t, { locale });
}

/** True when `key` names a message (used for error codes coming from data). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(fr, key);

export { createFormatter, type Formatter, type RatioLike } from './format.ts';
