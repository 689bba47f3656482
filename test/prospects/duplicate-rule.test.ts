import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/core/values.ts';
import type { Prospect } from '../../src/domain/entities.ts';
import { nameDistance, nameKey, samePlace } from '../../src/prospects/duplicate-rule.ts';
import { ProspectNameIndex, prospectNames } from '../../src/prospects/name-index.ts';

const prospect = (id: string, name: string, postalCode?: string): Prospect => ({
  id,
  name,
  type: 'b2b',
  consent: { status: 'unknown' },
  status: 'prospect',
  createdAt: '2026-11-01T10:00:00.000Z',
  createdBy: 'cli:alice',
  ...(postalCode && { postalCode }),
});

// [typed, existing, typed postal code, existing postal code, same business?]
const cases: [string, string, string | undefined, string | undefined, boolean][] = [
  ['Boulangerie Martn', 'Boulangerie Martin', undefined, undefined, true],
  ['boulangerie  MARTIN', 'Boulangerie Martin', undefined, undefined, true],
  ['SARL Dupont', 'Dupont SAS', undefined, undefined, true],
  ['S.A.R.L. Dupont', 'Dupont', undefined, undefined, true],
  ['Café de l’Élysée', 'Cafe de l Elysee', undefined, undefined, true],
  ['Martin Boulangerie', 'Boulangerie Martin', undefined, undefined, true],
  ['Boulangrie Martn', 'Boulangerie Martin', undefined, undefined, true],
  ['Garage Dupont', 'Garage Dupont', '69003', '13001', false],
  ['Garage Dupond', 'Garage Dupont', '69003', '13001', false],
  ['Garage Dupond', 'Garage Dupont', '69003', '69 003', true],
  ['Garage Dupond', 'Garage Dupont', undefined, '13001', true],
  ['Boucherie Martin', 'Boulangerie Martin', undefined, undefined, false],
  ['Bati', 'Bato', undefined, undefined, false],
  ['Bati', 'BATI SARL', undefined, undefined, true],
  ['Agence 12', 'Agence 13', undefined, undefined, false],
  ['Dupont', 'Dupond', undefined, undefined, true],
  ['Dupont', 'Dupuis', undefined, undefined, false],
  ['Pharmacie du Centre', 'Pharmacie du Cerle', undefined, undefined, false],
];

describe('the duplicate rule', () => {
  it.each(cases)('%s vs %s (%s / %s) → same: %s', (typed, existing, pcTyped, pcExisting, same) => {
    const d = nameDistance(nameKey(typed), nameKey(existing));
    expect(d !== null && samePlace(pcTyped, pcExisting)).toBe(same);
  });

  it.each(cases)(
    'the index finds what the rule says: %s vs %s',
    (typed, existing, pcTyped, pcExisting, same) => {
      const index = new ProspectNameIndex();
      for (let i = 1; i <= 300; i++) index.add(prospect(`P-${i}`, `Entreprise ${i}`));
      index.add(prospect('P-301', existing, pcExisting));
      const found = index.near(typed, pcTyped).map((m) => m.prospect.id);
      // A name typed exactly is that prospect (`exact`), whatever the postal code: never a near match.
      const exactlyNamed = normalizeKey(typed) === normalizeKey(existing);
      expect(found.includes('P-301')).toBe(same && !exactlyNamed);
      expect(index.exact(typed)?.id === 'P-301').toBe(exactlyNamed);
    },
  );
});

describe('the prospect name index', () => {
  it('finds every prospect within 2 edits of a long name, closest first, and no other', () => {
    const index = new ProspectNameIndex();
    const names = [
      'Boulangerie Martin',
      'Boulangerie Martins',
      'Boulangeries Martins',
      'Boulangerie Marquis',
    ];
    names.forEach((n, i) => {
      index.add(prospect(`P-${i + 1}`, n));
    });
    expect(index.near('Boulangerie Martn').map((m) => [m.prospect.id, m.distance])).toEqual([
      ['P-1', 1],
      ['P-2', 2],
    ]);
  });

  it('gives the prospect named exactly, not as a near match of itself', () => {
    const index = new ProspectNameIndex();
    index.add(prospect('P-7', 'Café Élysée'));
    expect(index.exact('cafe elysee')?.id).toBe('P-7');
    expect(index.near('Café Élysée')).toEqual([]);
  });

  it('follows renames and removals applied after a commit', () => {
    const index = prospectNames.build([prospect('P-1', 'Boulangerie Martin')]);
    expect(index.near('Boulangerie Martn')).toHaveLength(1);
    prospectNames.apply?.(index, [prospect('P-1', 'Garage Dupont')], []);
    expect(index.near('Boulangerie Martn')).toEqual([]);
    expect(index.near('Garage Dupond').map((m) => m.prospect.id)).toEqual(['P-1']);
    prospectNames.apply?.(index, [], ['P-1']);
    expect(index.near('Garage Dupond')).toEqual([]);
    expect(index.size).toBe(0);
  });
});
