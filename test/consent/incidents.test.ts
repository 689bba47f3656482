import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentsSubcommand } from '../../commands/gdpr/incidents.ts';
import gdprCommand from '../../commands/gdpr.ts';
import { commands } from '../../commands/index.ts';
import { complianceIncidents } from '../../src/consent/incidents.ts';
import { createTestCore } from '../helpers/core.ts';

const now = new Date('2026-12-09T10:00:00Z');
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(now);
  await core.run('/prospect list', { user: 'bob' }); // Bob joins the team
  for (const s of [
    '/prospect add "Jean Martin" type:b2c',
    '/prospect add "Garage Dupont" type:b2b',
    '/log kind:call outcome:no_answer prospect:P-1 date:2026-11-02 time:11:00',
    '/log kind:call outcome:no_answer prospect:P-2 date:2026-11-02 time:22:00',
    '/log kind:email outcome:no_answer prospect:P-1 date:2026-12-01',
    '/log kind:call outcome:reached prospect:P-1 date:2026-12-02 time:21:00 rep:Bob',
  ]) {
    const r = await core.run(s, { role: 'manager' });
    expect(r.error, s).toBeUndefined();
  }
});
afterEach(async () => {
  await core.close();
});

interface IncidentsData {
  total: number;
  byRule: Record<string, number>;
  incidents: { activityId: string; codes: string[]; repName: string }[];
}

describe('compliance incidents', () => {
  it('lists the flagged contacts newest first, the business call left out', async () => {
    const list = await core.store.transact('local:acme', (tx) => complianceIncidents(tx));
    expect(list.map((i) => [i.activityId, i.date, i.time, i.prospectName, i.codes])).toEqual([
      ['A-4', '2026-12-02', '21:00', 'Jean Martin', ['b2c_phone_no_consent', 'call_outside_hours']],
      ['A-3', '2026-12-01', null, 'Jean Martin', ['b2c_email_no_consent']],
      ['A-1', '2026-11-02', '11:00', 'Jean Martin', ['b2c_phone_no_consent']],
    ]);
    const december = await core.store.transact('local:acme', (tx) =>
      complianceIncidents(tx, { from: '2026-12-01', to: '2026-12-31', code: 'b2c_phone_no_consent' }),
    );
    expect(december.map((i) => i.activityId)).toEqual(['A-4']);
  });

  it('/gdpr incidents shows them to managers, filtered by rule and rep, and refuses reps', async () => {
    const all = await core.run('/rgpd incidents', { role: 'manager' });
    expect(all.error).toBeUndefined();
    expect(all.title).toBe('Incidents de conformité (3)');
    const data = all.data as unknown as IncidentsData;
    expect(data.byRule).toEqual({ b2c_phone_no_consent: 2, call_outside_hours: 1, b2c_email_no_consent: 1 });
    const table = all.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]).toEqual([
      '2 déc. 2026 21:00',
      'A-4 · appel',
      'Jean Martin (P-1)',
      'Bob',
      'appel sans consentement, hors horaires',
    ]);
    const hours = await core.run('/rgpd incidents règle:hors_horaires', { role: 'manager' });
    expect((hours.data as unknown as IncidentsData).incidents.map((i) => i.activityId)).toEqual(['A-4']);
    const bob = await core.run('/gdpr incidents rep:Bob', { role: 'manager', locale: 'en' });
    expect(bob.title).toBe('Compliance incidents (1)');
    const rep = await core.run('/gdpr incidents', { user: 'carol', role: 'rep' });
    expect(rep.error?.code).toBe('forbidden');
  });
});

// Guards the wiring: the subcommand is the one /gdpr lists.
it('/gdpr lists the incidents subcommand', () => {
  expect(gdprCommand.subcommands).toContain(incidentsSubcommand);
  expect(commands).toContain(gdprCommand);
});
