import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

describe('/log', () => {
  it('stores a French-typed activity, creates the prospect on the fly and answers in French', async () => {
    const r = await core.run(
      '/journal type:appel résultat:rdv prospect:"Boulangerie Martin" date:hier durée:1h30',
    );
    expect(r.error).toBeUndefined();
    expect(r.tone).toBe('success');
    expect(r.title).toBe('Appel enregistré');
    const data = r.data as { activity: Activity; prospect: { id: string; created: boolean } };
    expect(data.activity).toMatchObject({
      kind: 'call',
      outcome: 'appointment',
      date: '2026-11-27',
      durationMin: 90,
      repId: 'cli:alice',
    });
    expect(data.prospect).toEqual({ id: 'P-1', name: 'Boulangerie Martin', created: true });
    const text = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(text).toContain('Nouveau prospect créé : Boulangerie Martin (P-1)');
    const stored = await core.store.transact('local:acme', (tx) => tx.activities.all());
    expect(stored).toHaveLength(1);
    expect(stored[0]?.prospectId).toBe('P-1');
  });

  it('finds an existing prospect by name whatever the accents and case, and by id', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Café Élysée"');
    const byName = await core.run('/log kind:call outcome:appointment prospect:"cafe elysee"');
    const byId = await core.run('/log kind:visit outcome:signed prospect:p-1 amount:"1 234,50"');
    expect((byName.data as { prospect: { id: string; created: boolean } }).prospect).toMatchObject({
      id: 'P-1',
      created: false,
    });
    expect((byId.data as { activity: Activity }).activity.amount).toBe(1234.5);
    const p = await core.store.transact('local:acme', (tx) => tx.prospects.get('P-1'));
    expect(p).toMatchObject({ status: 'customer', customerSince: '2026-11-28' });
  });

  it('answers in English for an English user', async () => {
    const r = await core.run('/log kind:email outcome:no_answer prospect:Acme', { locale: 'en' });
    expect(r.title).toBe('Email logged');
  });

  const bad: [string, string, string, string | undefined][] = [
    [
      'unknown option, with a suggestion',
      '/log kind:call outcom:refused prospect:X',
      'unknown_option',
      'outcom',
    ],
    ['negative amount', '/log kind:visit outcome:signed prospect:X amount:-5', 'negative_amount', 'amount'],
    [
      'date in the future beyond a day',
      '/log kind:call outcome:refused prospect:X date:2026-12-05',
      'date_in_future',
      'date',
    ],
    ['empty prospect', '/log kind:call outcome:refused prospect:""', 'empty_value', 'prospect'],
    ['unknown outcome value', '/log kind:call outcome:maybe prospect:X', 'invalid_choice', 'outcome'],
    ['missing required outcome', '/log kind:call prospect:X', 'missing_option', 'outcome'],
    [
      'amount on a call with no answer',
      '/log kind:call outcome:no_answer prospect:X amount:100',
      'amount_not_applicable',
      'amount',
    ],
    ['unknown prospect id', '/log kind:call outcome:refused prospect:P-99', 'prospect_not_found', 'prospect'],
    ['unknown command', '/lgo kind:call', 'unknown_command', undefined],
  ];
  it.each(bad)('refuses %s with a clear message and writes nothing', async (_name, text, code, field) => {
    await core.run('/log kind:call outcome:reached prospect:Seed');
    const before = await core.snapshot();
    const r = await core.run(text);
    expect(r.tone).toBe('error');
    expect(r.error?.code).toBe(code);
    expect(r.error?.field).toBe(field);
    expect(r.error?.message.length).toBeGreaterThan(10);
    expect(await core.snapshot()).toEqual(before);
  });

  it('names the option in French and suggests the right one', async () => {
    const r = await core.run('/journal type:appel résultat:rdv prospect:X montnt:12');
    expect(r.error?.message).toContain('Option « montnt » inconnue');
    expect(r.error?.message).toContain('Vouliez-vous dire « montant » ?');
    // The options are listed under the French names the user types, for the command as typed.
    expect(r.error?.message).toMatch(
      /inconnue pour \/journal\. .*Options possibles : type, résultat, prospect, date, montant, marge, durée,/,
    );
    const future = await core.run('/journal type:appel résultat:refus prospect:X date:10/12/2026');
    expect(future.error?.message).toBe(
      'date : le 10/12/2026 est dans le futur. Une action se saisit au plus tard le 2026-11-29.',
    );
  });

  it('keeps teams apart: another team cannot find the first team’s prospect', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Secret SARL"', { team: 'a' });
    const other = await core.run('/prospect show "Secret SARL"', { team: 'b', user: 'bob' });
    expect(other.error?.code).toBe('prospect_not_found');
    const list = await core.run('/prospect list', { team: 'b', user: 'bob' });
    expect((list.data as { total: number }).total).toBe(0);
  });

  it('lets a rep log only for themselves, a manager for others', async () => {
    await core.run('/log kind:call outcome:reached prospect:X'); // alice sets up the team: admin
    await core.run('/log kind:call outcome:reached prospect:X', { user: 'bob' });
    const r = await core.run('/log kind:call outcome:reached prospect:X rep:Alice', { user: 'bob' });
    expect(r.error?.code).toBe('log_for_other_forbidden');
    const ok = await core.run('/log kind:call outcome:reached prospect:X rep:Bob');
    expect((ok.data as { activity: Activity }).activity.repId).toBe('cli:bob');
  });
});
