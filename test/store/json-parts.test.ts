import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../src/store/codecs.ts';

const long = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length));
const parts = (item: object) => {
  const out: string[] = [];
  jsonParts(item, out);
  return out;
};

describe('jsonParts: an item’s JSON in parts, long texts not copied', () => {
  it.each([
    ['base64 fields', { id: 'a', day: long('QUJD'), cost: long('AAAA+/=='), lines: 3 }],
    ['a long text that needs escaping', { id: 'b', note: long('il a dit "oui"\n\t\\ ') }],
    ['a lone surrogate', { id: 'c', text: `${long('x')}\ud800${long('y')}` }],
    ['an emoji (a surrogate pair)', { id: 'd', text: long('😀é') }],
    [
      'undefined and nested values',
      { id: 'e', a: undefined, b: { c: [1, null, 'z'] }, d: long('k'), f: 0.1 },
    ],
    ['no field', {}],
    ['only short fields', { id: 'f', n: 1, ok: true }],
  ])('joins to exactly JSON.stringify for %s', (_, item) => {
    expect(parts(item).join('')).toBe(JSON.stringify(item));
  });

  it('passes a long text that needs no escaping as the very same string (no copy)', () => {
    const day = long('QUJD');
    const out = parts({ id: 'a', day });
    expect(out.some((p) => p === day)).toBe(true);
    expect(out).toContain(day);
    // A text that needs escaping is copied through JSON.stringify instead.
    const note = long('"');
    expect(parts({ note })).not.toContain(note);
  });
});
