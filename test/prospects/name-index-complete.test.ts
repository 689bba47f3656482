import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/demo/random.ts';
import type { Prospect } from '../../src/domain/entities.ts';
import { nameDistance, nameKey } from '../../src/prospects/duplicate-rule.ts';
import { ProspectNameIndex } from '../../src/prospects/name-index.ts';

const WORDS = ['boulangerie', 'garage', 'martin', 'dupont', 'sarl', 'bati', 'café', 'élysée', 'agence', '12'];
const LETTERS = 'abcdeilmnorstu';

describe('the prospect name index is complete', () => {
  it('finds exactly the prospects a comparison with every prospect finds, on 3 000 random names', () => {
    const rng = createRng(7);
    const mutate = (s: string): string => {
      const at = rng.int(0, s.length);
      const c = rng.pick([...LETTERS]);
      const op = rng.int(0, 2);
      if (op === 0) return s.slice(0, at) + c + s.slice(at); // insert
      if (op === 1) return s.slice(0, at) + s.slice(at + 1); // delete
      return s.slice(0, at) + c + s.slice(at + 1); // replace
    };
    const randomName = (): string => {
      let name = Array.from({ length: rng.int(1, 3) }, () => rng.pick(WORDS)).join(' ');
      for (let k = rng.int(0, 3); k > 0; k--) name = mutate(name);
      return name.trim() || 'x';
    };
    const index = new ProspectNameIndex();
    const all: Prospect[] = [];
    for (let i = 1; i <= 3000; i++) {
      const p: Prospect = {
        id: `P-${i}`,
        name: randomName(),
        type: 'b2b',
        consent: { status: 'unknown' },
        status: 'prospect',
        createdAt: '2026-11-01T10:00:00.000Z',
        createdBy: 'cli:alice',
      };
      all.push(p);
      index.add(p);
    }
    let compared = 0;
    for (let q = 0; q < 300; q++) {
      const typed = randomName();
      const key = nameKey(typed);
      const expected = all
        .filter((p) => nameKey(p.name).folded !== key.folded && nameDistance(key, nameKey(p.name)) !== null)
        .map((p) => p.id)
        .sort();
      const found = index
        .near(typed)
        .map((m) => m.prospect.id)
        .sort();
      expect([typed, found]).toEqual([typed, expected]);
      compared += expected.length;
    }
    // The names are close enough to one another that the comparison is not vacuous.
    expect(compared).toBeGreaterThan(300);
  });
});
