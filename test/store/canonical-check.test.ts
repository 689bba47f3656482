import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Activity, Campaign, Member, Prospect, Team } from '../../src/domain/entities.ts';
import { compileCanonicalCheck } from '../../src/store/canonical-check.ts';
import { activity, member, teamRecord } from './helpers.ts';

const prospect = {
  id: 'P-12',
  name: 'Boulangerie Martin',
  company: 'Martin SARL',
  type: 'b2b',
  consent: { status: 'granted', basis: 'consent', at: '2024-01-02' },
  status: 'prospect',
  createdAt: '2024-01-02T09:00:00+01:00',
  createdBy: 'cli:alice',
};
const campaign = {
  id: 'C-1',
  name: 'Spring',
  from: '2024-03-01',
  targetSize: 40,
  createdAt: '2024-02-01T08:00:00Z',
};

/** Variations of a valid value: each field removed, retyped, emptied, lengthened, plus an unknown key. */
function variations(valid: Record<string, unknown>): unknown[] {
  const out: unknown[] = [valid, { ...valid, extra: 1 }, null, [], 'x'];
  const odd = [
    '',
    'é',
    '😀'.repeat(3),
    'x'.repeat(121),
    '😀'.repeat(61),
    'P-',
    'P-1a',
    -1,
    0,
    1.5,
    1e300,
    true,
    null,
    {},
    [],
  ];
  for (const key of Object.keys(valid)) {
    const { [key]: _, ...without } = valid;
    out.push(without);
    for (const value of odd) out.push({ ...valid, [key]: value });
  }
  return out;
}

const cases: [string, z.ZodType, Record<string, unknown>][] = [
  ['Activity', Activity, { ...activity('A-1', '2024-02-29'), amount: 10, time: '09:30', note: 'ok' }],
  ['Prospect', Prospect, prospect],
  ['Member', Member, { ...member('cli:alice'), locale: 'en' }],
  ['Campaign', Campaign, campaign],
  ['Team', Team, teamRecord('local:x')],
];

describe('canonical check (fast path of load validation)', () => {
  it.each(cases)('%s: accepts only what zod accepts unchanged', (_, schema, valid) => {
    const check = compileCanonicalCheck(schema);
    expect(check).not.toBeNull();
    expect(check?.(valid)).toBe(true);
    let accepted = 0;
    for (const value of variations(valid)) {
      if (!check?.(value)) continue;
      accepted++;
      const result = schema.safeParse(value);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(value);
    }
    expect(accepted).toBeGreaterThan(1);
  });

  it('leaves an item with a missing defaulted field to zod, which fills it', () => {
    const { source: _, ...noSource } = activity('A-1', '2024-02-01');
    expect(compileCanonicalCheck(Activity)?.(noSource)).toBe(false);
    expect(Activity.parse(noSource).source).toBe('chat');
  });

  it('checks the length of an array with .max() and .min(), as zod does (an activity’s compliance flags)', () => {
    const tags = z.object({
      tags: z
        .array(z.enum(['a', 'b', 'c']))
        .min(1)
        .max(2),
    });
    const check = compileCanonicalCheck(tags);
    expect(check).not.toBeNull();
    for (const value of [{ tags: [] }, { tags: ['a'] }, { tags: ['a', 'b'] }, { tags: ['a', 'b', 'c'] }]) {
      // Accepted by the check only if zod accepts it unchanged (min is doubled: [a] goes to zod).
      if (check?.(value)) expect(tags.parse(value)).toEqual(value);
    }
    expect(check?.({ tags: ['a', 'b'] })).toBe(true);
    expect(check?.({ tags: ['a', 'b', 'c'] })).toBe(false);
    expect(check?.({ tags: [] })).toBe(false);
    expect(compileCanonicalCheck(Activity)).not.toBeNull();
  });

  it('does not compile what it cannot model exactly', () => {
    expect(compileCanonicalCheck(z.object({ id: z.string() }).refine(() => true))).toBeNull();
    expect(compileCanonicalCheck(z.object({ url: z.url() }))).toBeNull();
    expect(compileCanonicalCheck(z.object({ n: z.coerce.number() }))).toBeNull();
    expect(compileCanonicalCheck(z.looseObject({ id: z.string() }))).toBeNull();
    expect(compileCanonicalCheck(z.object({ s: z.string().trim() }))).toBeNull();
  });
});
