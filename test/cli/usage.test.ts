import { describe, expect, it } from 'vitest';
import { cliLocale, runNeedsCommand, usage } from '../../src/cli/usage.ts';

describe('prospecta --help', () => {
  it('speaks --locale, else PROSPECTA_LOCALE, else French', () => {
    expect(cliLocale(undefined, {})).toBe('fr');
    expect(cliLocale(undefined, { PROSPECTA_LOCALE: 'en' })).toBe('en');
    expect(cliLocale('fr', { PROSPECTA_LOCALE: 'en' })).toBe('fr');
    expect(cliLocale('de', { PROSPECTA_LOCALE: 'en' })).toBe('en');
    expect(usage('fr')).toContain('prospecta run "/entonnoir cette-semaine"');
    expect(usage('en')).toContain('prospecta run "/funnel this-week"');
    expect(runNeedsCommand('fr')).toBe(
      'prospecta run attend une commande, par ex. prospecta run "/entonnoir cette-semaine"',
    );
  });

  it('prints only plain spaces and no ellipsis in its examples', () => {
    for (const text of [usage('fr'), usage('en')]) {
      for (const line of text.split('\n').filter((l) => l.includes('prospecta run "/'))) {
        expect(line).not.toMatch(/[\u00a0\u202f\u200b-\u200d\u00ad\u2060\ufeff…]/);
      }
    }
  });
});
