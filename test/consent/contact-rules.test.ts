import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentsCollection } from '../../src/consent/entities.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

// Wednesday 9 December 2026, 11:00 in Paris: every /log below names a past day.
const now = new Date('2026-12-09T10:00:00Z');
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  now.setTime(Date.parse('2026-12-09T10:00:00Z'));
  core = await createTestCore(now);
});
afterEach(async () => {
  await core.close();
});

type LogData = { activity: Activity; warnings: { code: string; message: string }[] };
const codes = (d: unknown) => (d as LogData).warnings.map((w) => w.code);
const stored = (id: string) => core.store.transact('local:acme', (tx) => tx.activities.get(id));

async function consumer(name: string, consent?: string): Promise<void> {
  const r = await core.run(`/prospect add "${name}" type:b2c`);
  expect(r.error).toBeUndefined();
  if (consent) {
    const c = await core.run(`/prospect consent "${name}" ${consent}`);
    expect(c.error).toBeUndefined();
  }
}

describe('/log checks a contact with a consumer against DOMAIN §6', () => {
  it('a call without consent is recorded, answered with b2c_phone_no_consent, and flagged on the activity', async () => {
    await consumer('Jean Martin');
    const r = await core.run(
      '/journal type:appel résultat:injoignable prospect:P-1 date:2026-12-01 heure:11:00',
    );
    expect(r.error).toBeUndefined();
    expect(r.tone).toBe('warning');
    expect(r.reference).toBe('A-1');
    expect(codes(r.data)).toEqual(['b2c_phone_no_consent']);
    expect((r.data as LogData).warnings[0]?.message).toContain('loi 2025-594');
    const body = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(body).toContain('Action enregistrée');
    expect((await stored('A-1'))?.compliance).toEqual(['b2c_phone_no_consent']);
    expect((await stored('A-1'))?.time).toBe('11:00');
  });

  it('a call at 21:00 breaks only the hours once consent is recorded', async () => {
    await consumer(
      'Jean Martin',
      'channel:phone status:granted date:2026-11-01 proof:"formulaire web du 1/11"',
    );
    const r = await core.run('/log kind:call outcome:no_answer prospect:P-1 date:2026-12-02 time:21:00', {
      locale: 'en',
    });
    expect(codes(r.data)).toEqual(['call_outside_hours']);
    expect((r.data as LogData).warnings[0]?.message).toContain(
      'Monday to Friday, 10:00–13:00 and 14:00–20:00',
    );
    expect((await stored('A-1'))?.compliance).toEqual(['call_outside_hours']);
  });

  it('a call on a public holiday (11 November) is flagged call_public_holiday', async () => {
    await consumer('Jean Martin', 'channel:phone status:granted date:2026-11-01 proof:"formulaire web"');
    const r = await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-11-11 time:11:00');
    expect(codes(r.data)).toEqual(['call_public_holiday']);
  });

  it('the fifth call in 30 days is flagged call_too_many_attempts, the fourth is not', async () => {
    await consumer('Jean Martin', 'channel:phone status:granted date:2026-11-01 proof:"formulaire web"');
    for (const day of ['2026-11-10', '2026-11-17', '2026-11-24', '2026-12-01']) {
      const r = await core.run(`/log kind:call outcome:no_answer prospect:P-1 date:${day} time:10:30`);
      expect(codes(r.data)).toEqual([]);
    }
    const fifth = await core.run('/log kind:call outcome:no_answer prospect:P-1 date:2026-12-08 time:10:30');
    expect(codes(fifth.data)).toEqual(['call_too_many_attempts']);
    // 10 November leaves the window on 10 December: the 4th most recent call + 30 days.
    expect((fifth.data as LogData).warnings[0]?.message).toBe(
      '5e appel en 30 jours à ce particulier : 4 au plus (décret 2022-1313). Prochain appel possible à partir du 10 déc. 2026.',
    );
    expect((await stored('A-5'))?.compliance).toEqual(['call_too_many_attempts']);
  });

  it('a call less than 60 days after a refusal is flagged call_after_refusal', async () => {
    await consumer('Jean Martin', 'channel:phone status:granted date:2026-10-01 proof:"formulaire web"');
    await core.run('/log kind:call outcome:refused prospect:P-1 date:2026-10-05 time:15:00');
    const r = await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-12-01 time:15:00');
    expect(codes(r.data)).toEqual(['call_after_refusal']);
    // 5 October + 60 days: allowed again from Friday 4 December.
    const later = await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-12-04 time:15:00');
    expect(codes(later.data)).toEqual([]);
  });

  it('several rules at once are all named', async () => {
    await consumer('Jean Martin');
    const r = await core.run('/log kind:call outcome:no_answer prospect:P-1 date:2026-11-01 time:8h');
    expect(codes(r.data)).toEqual(['b2c_phone_no_consent', 'call_outside_hours', 'call_public_holiday']);
  });

  it('an e-mail or an SMS to a consumer without consent is b2c_email_no_consent; with consent, nothing', async () => {
    await consumer('Jean Martin');
    const mail = await core.run('/log kind:email outcome:no_answer prospect:P-1 date:2026-12-01');
    expect(codes(mail.data)).toEqual(['b2c_email_no_consent']);
    expect((mail.data as LogData).warnings[0]?.message).toMatch(/^E-mail de prospection/);
    const sms = await core.run('/log kind:sms outcome:no_answer prospect:P-1 date:2026-12-01');
    expect(codes(sms.data)).toEqual(['b2c_email_no_consent']);
    await core.run('/prospect consent P-1 channel:email status:granted proof:"case cochée" date:2026-12-02');
    const after = await core.run('/log kind:email outcome:no_answer prospect:P-1 date:2026-12-03');
    expect(codes(after.data)).toEqual([]);
    // SMS consent is its own: still missing.
    const sms2 = await core.run('/log kind:sms outcome:no_answer prospect:P-1 date:2026-12-03');
    expect(codes(sms2.data)).toEqual(['b2c_email_no_consent']);
  });

  it('a business (B2B), a customer under contract and a call before the law are not flagged', async () => {
    await core.run('/prospect add "Garage Dupont" type:b2b');
    const b2b = await core.run('/log kind:call outcome:no_answer prospect:P-1 date:2026-12-06 time:22:00');
    expect(codes(b2b.data)).toEqual([]);
    expect((await stored('A-1'))?.compliance).toBeUndefined();
    await core.run('/prospect add "Marie Client" type:b2c status:customer');
    const customer = await core.run('/log kind:call outcome:reached prospect:P-2 time:11:00');
    expect(codes(customer.data)).toEqual([]);
    await consumer('Paul Avant');
    const before = await core.run('/log kind:call outcome:reached prospect:P-3 date:2026-08-10 time:11:00');
    expect(codes(before.data)).toEqual([]);
  });

  it('a refused consent is no consent; the latest decision on or before the call day counts', async () => {
    await consumer('Jean Martin', 'channel:phone status:granted date:2026-11-01 proof:"formulaire web"');
    await core.run('/prospect consent P-1 channel:phone status:refused date:2026-11-20');
    const before = await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-11-19 time:11:00');
    expect(codes(before.data)).toEqual([]);
    const after = await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-11-23 time:11:00');
    expect(codes(after.data)).toEqual(['b2c_phone_no_consent']);
  });

  it('/activity edit judges a corrected day again: onto a holiday it is flagged, back off it the flag goes', async () => {
    await consumer('Jean Martin', 'channel:phone status:granted date:2026-11-01 proof:"formulaire web"');
    await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-11-10 time:11:00');
    expect((await stored('A-1'))?.compliance).toBeUndefined();
    const onHoliday = await core.run('/activity edit A-1 date:2026-11-11');
    expect(codes(onHoliday.data)).toEqual(['call_public_holiday']);
    expect((await stored('A-1'))?.compliance).toEqual(['call_public_holiday']);
    const back = await core.run('/activity edit A-1 date:2026-11-12');
    expect(codes(back.data)).toEqual([]);
    expect((await stored('A-1'))?.compliance).toBeUndefined();
  });

  it('a time that is not one is refused naming heure, and nothing is written', async () => {
    await consumer('Jean Martin');
    const before = await core.snapshot();
    const r = await core.run('/journal type:appel résultat:injoignable prospect:P-1 heure:25h');
    expect(r.error?.code).toBe('log_time_invalid');
    expect(r.error?.field).toBe('time');
    expect(r.error?.message).toBe('heure : « 25h » n’est pas une heure. Écrivez 14:30 ou 14h30.');
    expect(await core.snapshot()).toEqual(before);
  });
});

describe('/prospect consent', () => {
  it('records a consumer’s phone consent with its source and proof, kept as history', async () => {
    await core.run('/prospect add "Jean Martin" type:b2c');
    const r = await core.run(
      '/prospect consentement P-1 canal:téléphone statut:donné source:salon preuve:"https://forms.example/r/42" date:2026-12-03',
    );
    expect(r.error).toBeUndefined();
    expect(r.title).toBe('Téléphone : consentement donné enregistré pour Jean Martin (P-1).');
    expect(r.reference).toBe('K-1');
    const records = await core.store.transact('local:acme', (tx) => tx.collection(consentsCollection).all());
    expect(records).toEqual([
      {
        id: 'K-1',
        prospectId: 'P-1',
        channel: 'phone',
        status: 'granted',
        basis: 'consent',
        at: '2026-12-03',
        source: 'salon',
        proof: 'https://forms.example/r/42',
        recordedAt: '2026-12-09T10:00:00.000Z',
        recordedBy: 'cli:alice',
        origin: 'chat',
      },
    ]);
    const show = await core.run('/prospect consent P-1', { locale: 'en' });
    const data = show.data as { consents: Record<string, { status: string }>; history: unknown[] };
    expect(data.consents.phone?.status).toBe('granted');
    expect(data.consents.email?.status).toBe('unknown');
    expect(data.history).toHaveLength(1);
    const card = await core.run('/prospect voir P-1');
    const consentLine = card.blocks
      .flatMap((b) => (b.type === 'fields' ? b.fields : []))
      .find((f) => f.label === 'Consentement');
    expect(consentLine?.value).toBe('téléphone : donné · consentement, e-mail : inconnu, SMS : inconnu');
  });

  it('a merge brings the extra prospect’s consent to the one kept', async () => {
    await core.run('/prospect add "Jean Martin" type:b2c');
    await core.run('/prospect add "Jean Martinn" type:b2c new:oui');
    await core.run(
      '/prospect consent P-2 channel:phone status:granted proof:"formulaire 12" date:2026-12-01',
    );
    const merged = await core.run('/prospect merge from:P-2 into:P-1');
    expect(merged.error).toBeUndefined();
    const show = await core.run('/prospect consent P-1');
    const data = show.data as { consents: Record<string, { status: string }>; history: { id: string }[] };
    expect(data.consents.phone?.status).toBe('granted');
    expect(data.history.map((h) => h.id)).toEqual(['K-1']);
  });

  it('channel:all records one decision per channel', async () => {
    await core.run('/prospect add "Jean Martin" type:b2c');
    const r = await core.run('/prospect consent P-1 channel:all status:refused');
    expect(r.reference).toBe('K-1, K-2, K-3');
    const data = r.data as { consents: Record<string, { status: string; at: string }> };
    expect(Object.values(data.consents).map((c) => c.status)).toEqual(['refused', 'refused', 'refused']);
  });

  it.each([
    [
      'a consumer’s consent without proof',
      '/prospect consent P-1 channel:phone status:granted',
      'consent_proof_required',
      'proof',
    ],
    ['no status', '/prospect consent P-1 channel:phone source:salon', 'consent_status_required', 'status'],
    ['no channel', '/prospect consent P-1 status:refused', 'missing_option', 'channel'],
    [
      'a basis on a refusal',
      '/prospect consent P-1 channel:sms status:refused basis:consent',
      'consent_basis_refused',
      'basis',
    ],
    ['an unknown channel', '/prospect consent P-1 channel:fax status:refused', 'invalid_choice', 'channel'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, command, code, field) => {
    await core.run('/prospect add "Jean Martin" type:b2c');
    const before = await core.snapshot();
    const r = await core.run(command);
    expect(r.error?.code).toBe(code);
    expect(r.error?.field).toBe(field);
    expect(await core.snapshot()).toEqual(before);
  });
});
