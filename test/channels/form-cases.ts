import type { Activity } from '../../src/domain/entities.ts';

/**
 * One value of each option type of `/journal`, as a user types it in a command (French option
 * names) and in the same command's form (input ids), and what both must store. The base is a signed
 * visit, so that amounts and margins apply.
 */
export interface FormCase {
  name: string;
  typed: Record<string, string>;
  form: Record<string, string>;
  stored: Partial<Activity>;
}

export const TYPED_BASE: Record<string, string> = {
  type: 'visite',
  résultat: 'signé',
  prospect: 'Garage du Formulaire',
};
export const FORM_BASE: Record<string, string> = {
  kind: 'visit',
  outcome: 'signed',
  prospect: 'Garage du Formulaire',
};

export const FORM_CASES: readonly FormCase[] = [
  {
    name: 'amount, spaced',
    typed: { montant: '1 234,50' },
    form: { amount: '1 234,50' },
    stored: { amount: 1234.5 },
  },
  {
    name: 'amount, unspaced',
    typed: { montant: '1234,50' },
    form: { amount: '1234,50' },
    stored: { amount: 1234.5 },
  },
  {
    name: 'amount with €',
    typed: { montant: '1 234,50 €' },
    form: { amount: '1 234,50 €' },
    stored: { amount: 1234.5 },
  },
  {
    name: 'margin, negative',
    typed: { marge: '-120,5' },
    form: { margin: '-120,5' },
    stored: { margin: -120.5 },
  },
  {
    name: 'duration 1h30',
    typed: { durée: '1h30' },
    form: { duration: '1h30' },
    stored: { durationMin: 90 },
  },
  { name: 'duration 90', typed: { durée: '90' }, form: { duration: '90' }, stored: { durationMin: 90 } },
  { name: 'travel 45min', typed: { trajet: '45min' }, form: { travel: '45min' }, stored: { travelMin: 45 } },
  { name: 'km 12,5', typed: { km: '12,5' }, form: { km: '12,5' }, stored: { km: 12.5 } },
  { name: 'date hier', typed: { date: 'hier' }, form: { date: 'hier' }, stored: { date: '2026-11-27' } },
  { name: 'date 27/11', typed: { date: '27/11' }, form: { date: '27/11' }, stored: { date: '2026-11-27' } },
  {
    name: 'choices by their French words',
    typed: { type: 'appel', résultat: 'RDV obtenu' },
    form: { kind: 'call', outcome: 'appointment' },
    stored: { kind: 'call', outcome: 'appointment' },
  },
  {
    name: 'text with accents and punctuation',
    typed: { note: 'Rappeler après le 3/12, à 10h : devis à revoir' },
    form: { note: 'Rappeler après le 3/12, à 10h : devis à revoir' },
    stored: { note: 'Rappeler après le 3/12, à 10h : devis à revoir' },
  },
];

/** The typed command of a case: `/journal type:"visite" … montant:"1 234,50"`. */
export const typedCommand = (c: FormCase): string =>
  `/journal ${Object.entries({ ...TYPED_BASE, ...c.typed })
    .map(([k, v]) => `${k}:"${v}"`)
    .join(' ')}`;

/** The form's values of a case, by input id, as the user fills them in. */
export const formValues = (c: FormCase): Record<string, string> => ({ ...FORM_BASE, ...c.form });

/** What two records of the same action share: all but their own id and creation time. */
export const comparable = (a: Activity | undefined): Record<string, unknown> => {
  const { id: _id, createdAt: _createdAt, ...rest } = a ?? ({} as Activity);
  return rest;
};
