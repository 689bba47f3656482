import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/cli/store/messages.ts';
import { createTranslator } from '../../src/i18n/index.ts';

const params = {
  url: 'postgres://bob:***@db:5432/prospecta',
  detail: 'connect ECONNREFUSED',
  dir: '/srv/data',
  version: 1,
  applied: 2,
  source: '/srv/data',
  target: 'postgres://db/prospecta',
  teams: 3,
  items: 1558,
  counts: '  activities: 1369',
  hash: 'ab'.repeat(32),
};

describe('prospecta store messages', () => {
  it('formats every message in French and English (a stray ICU tag would throw)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const t = createTranslator(locale);
      for (const key of Object.keys(locale === 'fr' ? fr : en) as (keyof typeof fr)[]) {
        expect(t(key, params).length, key).toBeGreaterThan(20);
      }
    }
    expect(createTranslator('fr')('store.usage', {})).toContain(
      'prospecta store copy --from SOURCE --to CIBLE [--force]',
    );
    expect(createTranslator('en')('store.copy_not_empty', params)).toBe(
      'The target postgres://db/prospecta already holds 3 teams: nothing was copied. Add --force to replace all its content with the source’s.',
    );
  });
});
