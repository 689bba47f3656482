import { describe, expect, it } from 'vitest';
import { type FieldSpec, headerKey, mapHeaders, suggestField } from '../../src/import/headers.ts';
import { salesFields } from '../../src/portfolio/sales-fields.ts';

const ACTIVITY_FIELDS: FieldSpec[] = [
  { id: 'date', synonyms: ['date', 'jour', 'day'], required: true },
  { id: 'kind', synonyms: ['type', 'kind', 'canal', 'action'], required: true },
  { id: 'outcome', synonyms: ['résultat', 'resultat', 'outcome', 'result', 'issue'], required: true },
  {
    id: 'prospect',
    synonyms: ['prospect', 'client', 'société', 'entreprise', 'company', 'customer', 'nom'],
    required: true,
  },
  { id: 'rep', synonyms: ['commercial', 'vendeur', 'rep', 'salesperson', 'owner'], required: false },
  {
    id: 'amount',
    synonyms: ['montant', 'ca', "chiffre d'affaires", 'amount', 'revenue', 'montant ht'],
    required: false,
  },
  { id: 'margin', synonyms: ['marge', 'margin', 'profit'], required: false },
  { id: 'note', synonyms: ['note', 'commentaire', 'comment', 'remarque'], required: false },
];

describe('headerKey', () => {
  it.each([
    ['Montant (€)', 'montant'],
    ['Montant HT (€)', 'montant ht'],
    ['CA [k€] (HT)', 'ca'],
    ['Remise %', 'remise'],
    ['Chiffre d’Affaires', 'chiffre d affaires'],
    ["Chiffre d'affaires HT", 'chiffre d affaires ht'],
    ['Coût d’achat', 'cout d achat'],
    ['SOCIÉTÉ', 'societe'],
    ['date_du_jour', 'date du jour'],
    ['Dt.Création', 'dt creation'],
    ['(vide)', '(vide)'],
  ])('keys %j as %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe('French headers with an apostrophe (straight or typographic)', () => {
  it.each([
    ["Chiffre d'affaires HT", 'revenue'],
    ['Chiffre d’affaires HT', 'revenue'],
    ["Coût d'achat", 'cost'],
    ['Coût d’achat', 'cost'],
    ["Prix d'achat (€)", 'cost'],
  ])('%j feeds %s', (header, field) => {
    const m = mapHeaders(['Date', 'N° commande', 'Client', header], salesFields());
    expect(m.columns[field]).toBe(3);
    expect(m.unknownHeaders).toEqual([]);
  });
});

describe('mapHeaders', () => {
  it('maps French headers with accents, case, units and separators', () => {
    const headers = ['Date', 'Société', 'Commercial', 'Type', 'Résultat', 'Montant (€)', 'Commentaire'];
    expect(mapHeaders(headers, ACTIVITY_FIELDS)).toEqual({
      columns: { date: 0, prospect: 1, rep: 2, kind: 3, outcome: 4, amount: 5, note: 6 },
      unknownHeaders: [],
      missingRequired: [],
      duplicates: [],
      invalidExplicit: [],
    });
  });

  it('maps English headers and lists the rest as unknown', () => {
    const headers = ['DAY', 'Customer', 'Kind', 'Result', 'Revenue', 'Profit', 'Region', ''];
    const mapping = mapHeaders(headers, ACTIVITY_FIELDS);
    expect(mapping.columns).toEqual({ date: 0, prospect: 1, kind: 2, outcome: 3, amount: 4, margin: 5 });
    expect(mapping.unknownHeaders).toEqual(['Region']);
  });

  it('matches unaccented and separated spellings', () => {
    const mapping = mapHeaders(
      ['date', 'SOCIETE', 'type', 'resultat', 'chiffre_d_affaires', 'Chiffre-d’affaires'],
      [...ACTIVITY_FIELDS],
    );
    // An apostrophe reads as a separator, like `_`: both spellings name the field, the first feeds it.
    expect(mapping.columns).toEqual({ date: 0, prospect: 1, kind: 2, outcome: 3, amount: 4 });
    expect(mapping.unknownHeaders).toEqual([]);
    expect(mapping.duplicates).toEqual([
      { field: 'amount', headers: ['chiffre_d_affaires', 'Chiffre-d’affaires'] },
    ]);
  });

  it('lists missing required fields', () => {
    expect(mapHeaders(['Client', 'Montant'], ACTIVITY_FIELDS).missingRequired).toEqual([
      'date',
      'kind',
      'outcome',
    ]);
  });

  it('reports several headers claiming one field, using the first', () => {
    const mapping = mapHeaders(['Date', 'Jour', 'Client', 'Société'], ACTIVITY_FIELDS);
    expect(mapping.columns).toEqual({ date: 0, prospect: 2 });
    expect(mapping.duplicates).toEqual([
      { field: 'date', headers: ['Date', 'Jour'] },
      { field: 'prospect', headers: ['Client', 'Société'] },
    ]);
  });

  it('lets the explicit map win over synonyms', () => {
    const headers = ['Date', 'Nom', 'Raison sociale', 'Type', 'Issue'];
    const mapping = mapHeaders(headers, ACTIVITY_FIELDS, { 'Raison sociale': 'prospect', Type: 'note' });
    expect(mapping.columns).toEqual({ date: 0, prospect: 2, note: 3, outcome: 4 });
    expect(mapping.unknownHeaders).toEqual(['Nom']);
    expect(mapping.missingRequired).toEqual(['kind']);
    expect(mapping.duplicates).toEqual([]);
  });

  it('accepts explicit headers and fields written loosely (case, accents, synonym)', () => {
    const mapping = mapHeaders(['Date', 'Raison Sociale'], ACTIVITY_FIELDS, { 'raison sociale': 'Société' });
    expect(mapping.columns).toEqual({ date: 0, prospect: 1 });
  });

  it('reports explicit entries naming no header or no field', () => {
    const mapping = mapHeaders(['Date', 'Client'], ACTIVITY_FIELDS, { Ville: 'prospect', Client: 'prospec' });
    expect(mapping.invalidExplicit).toEqual([
      { header: 'Ville', field: 'prospect', reason: 'unknown_header' },
      { header: 'Client', field: 'prospec', reason: 'unknown_field' },
    ]);
    expect(mapping.columns).toEqual({ date: 0, prospect: 1 });
  });

  it('maps duplicate explicit targets as duplicates', () => {
    const mapping = mapHeaders(['A', 'B'], ACTIVITY_FIELDS, { A: 'note', B: 'note' });
    expect(mapping.duplicates).toEqual([{ field: 'note', headers: ['A', 'B'] }]);
  });
});

describe('suggestField', () => {
  it.each([
    ['Montnat', { field: 'amount', synonym: 'montant' }],
    ['Comercial', { field: 'rep', synonym: 'commercial' }],
    ['Resultats', { field: 'outcome', synonym: 'résultat' }],
    ['Dat', { field: 'date', synonym: 'date' }],
    ['Commentaires', { field: 'note', synonym: 'commentaire' }],
    ['Order Date', { field: 'date', synonym: 'date' }],
    ['Customer Name', { field: 'prospect', synonym: 'customer' }],
    ['Montant TTC', { field: 'amount', synonym: 'montant ht' }],
  ])('suggests for %j: %j', (header, suggestion) => {
    expect(suggestField(header, ACTIVITY_FIELDS)).toEqual(suggestion);
  });

  it.each(['CP', 'Région', 'Postal Code', 'xyz'])('suggests nothing for %j', (header) => {
    expect(suggestField(header, ACTIVITY_FIELDS)).toBeUndefined();
  });
});
