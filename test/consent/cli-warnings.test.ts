import { describe, expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';

const { prospecta } = useCli('prospecta-consent-');

interface LogJson {
  ok: boolean;
  reference: string;
  data: { warnings: { code: string; message: string }[]; activity: { compliance?: string[] } };
}

async function log(command: string): Promise<LogJson> {
  const r = await prospecta('run', '--json', command);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as LogJson;
}

describe('consumer contact warnings from the terminal (--json)', () => {
  it('records each breach with its code: no consent, 21:00, a public holiday, a fifth call in 30 days', async () => {
    expect((await prospecta('run', '/prospect add "Jean Martin" type:particulier')).code).toBe(0);
    const noConsent = await log(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-02 heure:11:00',
    );
    expect(noConsent.ok).toBe(true);
    expect(noConsent.data.warnings.map((w) => w.code)).toEqual(['b2c_phone_no_consent']);
    expect(noConsent.data.activity.compliance).toEqual(['b2c_phone_no_consent']);

    const consent = await prospecta(
      'run',
      '--json',
      '/prospect consentement P-1 canal:téléphone statut:donné preuve:"formulaire signé" date:2026-11-03',
    );
    expect(consent.code).toBe(0);

    const late = await log(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-03 heure:21:00',
    );
    expect(late.data.warnings.map((w) => w.code)).toEqual(['call_outside_hours']);
    const holiday = await log(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-11 heure:11:00',
    );
    expect(holiday.data.warnings.map((w) => w.code)).toEqual(['call_public_holiday']);
    // Five calls since 3 November: 2, 3, 11, 16 November, then the fifth on the 17th.
    const fourth = await log(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-16 heure:10:30',
    );
    expect(fourth.data.warnings).toEqual([]);
    const fifth = await log(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-17 heure:10:30',
    );
    expect(fifth.data.warnings.map((w) => w.code)).toEqual(['call_too_many_attempts']);
    expect(fifth.data.warnings[0]?.message).toContain('5e appel en 30 jours');

    const text = await prospecta(
      'run',
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-11-18 heure:10:30',
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Action enregistrée');
    expect(text.stdout).toContain('6e appel en 30 jours');
  }, 240_000);
});
