import { findPeriodKeyword, PERIOD_KEYWORDS } from '../analytics/period.ts';
import { normalizeKey } from '../core/values.ts';
import type { Locale } from '../domain/ids.ts';

/** A command to point to, and the words (French and English) that ask for it. */
interface Pointer {
  /** The command to try, as typed in each language. */
  command: { fr: string; en: string };
  /**
   * Word stems, accent- and case-free: a typed word matches when it starts with the stem; stems of
   * three letters or fewer must match the whole word (`rdv`, `ca`).
   */
  stems: readonly string[];
  /** The command takes a period: one named in the message replaces the example's (`ce mois` → `ce-mois`). */
  period?: { fr: string; en: string };
  /**
   * The command undoes an entry: the pointer names the user's last one and gives its reference to
   * the command, and says which command brings it back.
   */
  lastEntry?: { restore: { fr: string; en: string } };
}

/** The commands a question in plain words most often means; the first is preferred on a tie. */
export const POINTERS: readonly Pointer[] = [
  {
    command: { fr: '/entonnoir', en: '/funnel' },
    period: { fr: 'cette-semaine', en: 'this-week' },
    stems: [
      'rdv',
      'rendez',
      'entonnoir',
      'ratio',
      'taux',
      'combien',
      'stat',
      'conversion',
      'funnel',
      'appointment',
      'how',
      'many',
      'rate',
      'chiffre',
      'resultat',
      'result',
      'signe',
      'signature',
      'signed',
    ],
  },
  {
    command: { fr: '/relances', en: '/follow-ups' },
    stems: ['relance', 'rappeler', 'follow', 'reminder', 'remind'],
  },
  {
    command: { fr: '/journal', en: '/log' },
    stems: [
      'noter',
      'note',
      'appel',
      'appele',
      'enregistr',
      'journal',
      'saisi',
      'ajoute',
      'call',
      'log',
      'record',
      'porte',
      'door',
      'visite',
      'visit',
    ],
  },
  {
    // Undoing an entry: the user's last one (without any, the command's form asks which).
    command: { fr: '/action supprimer', en: '/activity delete' },
    lastEntry: { restore: { fr: '/action rétablir', en: '/activity restore' } },
    stems: ['annul', 'undo', 'effac', 'supprim', 'delete', 'erreur', 'mistake', 'tromp', 'oops'],
  },
  {
    command: { fr: '/veille chercher', en: '/watch search' },
    stems: ['veille', 'info', 'news', 'rumeur', 'nouvelle', 'actualite', 'watch', 'intel'],
  },
  {
    command: { fr: '/concurrent liste', en: '/competitor list' },
    stems: ['concurren', 'competitor', 'swot', 'rival'],
  },
  {
    command: { fr: '/prospect liste', en: '/prospect list' },
    stems: ['prospect', 'fiche', 'lead', 'chaud', 'tiede', 'hot', 'warm'],
  },
  {
    command: { fr: '/tableau-de-bord', en: '/dashboard' },
    stems: ['objectif', 'tableau', 'bord', 'rythme', 'dashboard', 'target', 'goal', 'pace'],
  },
  {
    command: { fr: '/rentabilité', en: '/profitability' },
    stems: ['rentab', 'roi', 'cout', 'marge', 'cac', 'profit', 'cost', 'margin'],
  },
  {
    command: { fr: '/campagne liste', en: '/campaign list' },
    stems: ['campagne', 'operation', 'campaign'],
  },
  {
    command: { fr: '/planifier tournée', en: '/plan route' },
    stems: ['tournee', 'itineraire', 'trajet', 'route', 'trip', 'itinerar'],
  },
  {
    command: { fr: '/portefeuille synthèse', en: '/portfolio summary' },
    stems: ['ca', 'vente', 'portefeuille', 'client', 'panier', 'revenue', 'sales', 'customer', 'portfolio'],
  },
  {
    command: { fr: '/réglages', en: '/settings' },
    stems: [
      'langue',
      'fuseau',
      'devise',
      'reglage',
      'parametre',
      'language',
      'timezone',
      'currency',
      'setting',
    ],
  },
];

const matches = (word: string, stem: string): boolean =>
  stem.length <= 3 ? word === stem : word.startsWith(stem);

/** The pointer whose words the text uses most, or undefined when none is used. */
export function closestPointer(text: string): Pointer | undefined {
  const words = normalizeKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let best: Pointer | undefined;
  let bestHits = 0;
  for (const p of POINTERS) {
    const hits = words.filter((w) => p.stems.some((s) => matches(w, s))).length;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
    }
  }
  return best;
}

/** The period keyword a message names (`ce mois`, `last week`), as the user's language writes it. */
export function periodNamed(text: string, locale: Locale): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  for (const size of [3, 2, 1]) {
    for (let i = 0; i + size <= words.length; i++) {
      const id = findPeriodKeyword(words.slice(i, i + size).join(' '));
      const keyword = PERIOD_KEYWORDS.find((k) => k.id === id);
      if (keyword) return locale === 'fr' ? keyword.fr[0] : keyword.id;
    }
  }
  return undefined;
}

/** The command to suggest, in the user's language, with the period the message names if any. */
export function pointerCommand(p: Pointer, text: string, locale: Locale): string {
  if (!p.period) return p.command[locale];
  return `${p.command[locale]} ${periodNamed(text, locale) ?? p.period[locale]}`;
}
