import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletedActivitiesCollection } from '../../src/activities/tombstones.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';
import { onPostgres } from '../helpers/test-store.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28, this week 23..29 Nov
});
afterEach(async () => {
  await core.close();
});

const ok = async (text: string, o: Parameters<typeof core.run>[1] = {}): Promise<Reply> => {
  const r = await core.run(text, o);
  expect(r.error, `${text}: ${r.error?.message}`).toBeUndefined();
  return r;
};
const stages = async (text = '/funnel this-week') =>
  ((await ok(text)).data as { stages: Record<string, number> }).stages;
const fieldValue = (r: Reply, label: string) =>
  r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)?.value;
const texts = (r: Reply) => r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');

describe('references of logged actions', () => {
  it('gives /log entries short sequential references, in the reply, its JSON and its buttons', async () => {
    const first = await ok('/journal type:appel résultat:rdv prospect:"Boulangerie Martin"');
    const second = await ok('/log kind:call outcome:reached prospect:"Garage Dupont"', { locale: 'en' });
    expect(first.reference).toBe('A-1');
    expect((first.data as { activity: Activity }).activity.id).toBe('A-1');
    expect(fieldValue(first, 'Référence')).toBe('A-1');
    expect(first.followUps).toEqual([
      { label: 'Saisir la visite', command: '/journal type:visite prospect:P-1' },
      { label: 'Modifier', command: '/action modifier A-1' },
      { label: 'Annuler', command: '/action supprimer A-1' },
      { label: 'Entonnoir de la semaine', command: '/entonnoir période:cette-semaine' },
    ]);
    expect(second.reference).toBe('A-2');
    expect(fieldValue(second, 'Reference')).toBe('A-2');
    expect(second.followUps.map((f) => [f.label, f.command]).slice(0, 2)).toEqual([
      ['Edit', '/activity edit A-2'],
      ['Undo', '/activity delete A-2'],
    ]);
  });

  it('numbers each team on its own, and one team cannot reach another’s A-1', async () => {
    await ok('/log kind:call outcome:reached prospect:"Secret SARL"', { team: 'a' });
    const b = await ok('/log kind:call outcome:reached prospect:Other', { team: 'b', user: 'bob' });
    expect(b.reference).toBe('A-1');
    await ok('/log kind:call outcome:reached prospect:Other', { team: 'b', user: 'bob' });
    const r = await core.run('/activity show A-2', { team: 'a' });
    expect(r.error?.code).toBe('activity_not_found');
    const shown = await ok('/activity show A-1', { team: 'b', user: 'bob' });
    expect((shown.data as { activity: Activity }).activity.prospectId).toBe('P-1');
    expect(fieldValue(shown, 'Prospect')).toBe('Other (P-1)');
  });

  // The embedded store's files (on PostgreSQL a save is rows, test/store/postgres.test.ts).
  it.skipIf(onPostgres())(
    'a /log with a reference rewrites only its activity shard: no counter file, no other write',
    async () => {
      await ok('/log kind:call outcome:reached prospect:X date:2026-11-27');
      const before = await core.snapshot();
      expect((await ok('/log kind:call outcome:refused prospect:P-1 date:2026-11-27')).reference).toBe('A-2');
      const after = await core.snapshot();
      const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
      expect(changed.map((f) => f.split(/[\\/]/).slice(-2).join('/'))).toEqual([
        'activities/2026-11-22.json',
      ]);
    },
  );

  it('never gives a deleted reference again, and keeps accepting old ids', async () => {
    await ok('/log kind:call outcome:reached prospect:X');
    await ok('/activity delete A-1');
    expect((await ok('/log kind:call outcome:reached prospect:X')).reference).toBe('A-2');
    const old: Activity = {
      id: 'A-mi5k2x3a1b2c3d',
      kind: 'call',
      outcome: 'refused',
      prospectId: 'P-1',
      repId: 'cli:alice',
      date: '2026-11-27',
      source: 'chat',
      createdAt: '2026-11-27T09:00:00.000Z',
      createdBy: 'cli:alice',
    };
    await core.store.transact('local:acme', (tx) => tx.activities.put(old));
    const shown = await ok('/activity show a-mi5k2x3a1b2c3d');
    expect(shown.reference).toBe(old.id);
    await ok(`/action supprimer ${old.id}`);
    expect(await core.store.transact('local:acme', (tx) => tx.activities.get(old.id))).toBeUndefined();
    expect((await ok('/activity restore A-MI5K2X3A1B2C3D')).reference).toBe(old.id);
  });
});

describe('/activity delete and restore', () => {
  it('takes a deleted visit out of the funnel at once and puts it back on restore', async () => {
    for (const p of ['A', 'B', 'C'])
      await ok(`/log kind:visit outcome:refused prospect:${p} date:2026-11-27`);
    expect((await stages()).visited).toBe(3);
    const del = await ok('/action supprimer A-2 raison:"saisie en double"');
    expect(del.title).toBe('Action A-2 supprimée');
    expect(del.followUps).toEqual([{ label: 'Rétablir', command: '/action rétablir A-2' }]);
    expect(await stages()).toMatchObject({ targeted: 2, visited: 2 });
    const tomb = await core.store.transact('local:acme', (tx) =>
      tx.collection(deletedActivitiesCollection).get('A-2'),
    );
    expect(tomb).toMatchObject({
      deletedBy: 'cli:alice',
      deletedAt: '2026-11-28T09:00:00.000Z',
      reason: 'saisie en double',
      activity: { id: 'A-2', prospectId: 'P-2', kind: 'visit' },
    });
    const again = await core.run('/activity edit A-2 outcome:signed');
    expect(again.error?.code).toBe('activity_deleted');
    expect(again.error?.message).toContain('/action rétablir A-2');
    const back = await ok('/activity restore A-2');
    expect(back.reference).toBe('A-2');
    expect(await stages()).toMatchObject({ targeted: 3, visited: 3 });
    expect((await core.run('/activity restore A-2')).error?.code).toBe('activity_not_deleted');
  });

  it('lets a rep delete only their own entries and a manager anyone’s', async () => {
    await ok('/log kind:call outcome:reached prospect:X'); // alice sets up the team: admin
    await ok('/log kind:call outcome:reached prospect:X', { user: 'bob' }); // A-2, bob is a rep
    await ok('/log kind:call outcome:reached prospect:X', { user: 'carol' });
    const before = await core.snapshot();
    const r = await core.run('/action supprimer A-3', { user: 'bob' });
    expect(r.error?.code).toBe('activity_not_yours');
    expect(r.error?.field).toBe('activity');
    expect(r.error?.message).toBe(
      'L’action A-3 a été saisie par Carol : seul un manager peut la consulter, la modifier ou la supprimer.',
    );
    expect(
      (await core.run('/activity edit A-1 outcome:refused', { user: 'bob', locale: 'en' })).error?.message,
    ).toBe('Action A-1 was entered by Alice: only a manager can view, edit or delete it.');
    expect(await core.snapshot()).toEqual(before);
    await ok('/activity delete A-2', { user: 'bob' });
    await ok('/activity delete A-3'); // the admin
    const left = await core.store.transact('local:acme', (tx) => tx.activities.all().map((a) => a.id));
    expect(left).toEqual(['A-1']);
  });

  it('deleting the signature that made a customer makes it a prospect again; restore makes it a customer', async () => {
    await ok('/log kind:visit outcome:signed prospect:Martin amount:1000 date:2026-11-26');
    const status = () => core.store.transact('local:acme', (tx) => tx.prospects.get('P-1'));
    expect(await status()).toMatchObject({ status: 'customer', customerSince: '2026-11-26' });
    await ok('/activity delete A-1');
    const after = await status();
    expect(after?.status).toBe('prospect');
    expect(after?.customerSince).toBeUndefined();
    await ok('/activity restore A-1');
    expect(await status()).toMatchObject({ status: 'customer', customerSince: '2026-11-26' });
  });

  it('refuses unknown references with a clear message and writes nothing', async () => {
    await ok('/log kind:call outcome:reached prospect:X');
    const before = await core.snapshot();
    for (const [text, code] of [
      ['/activity delete A-99', 'activity_not_found'],
      ['/activity restore A-99', 'activity_not_found'],
      ['/activity restore A-1', 'activity_not_deleted'],
      ['/activity edit A-1 outcome:reached amount:10', 'amount_not_applicable'],
      ['/activity edit A-1 prospect:P-42', 'prospect_not_found'],
    ] as const) {
      const r = await core.run(text);
      expect(r.error?.code, text).toBe(code);
    }
    expect((await core.run('/action supprimer A-99')).error?.message).toBe(
      'Action « A-99 » introuvable. Vérifiez la référence (A-12) ou consultez /action liste.',
    );
    expect(await core.snapshot()).toEqual(before);
  });
});

describe('/activity edit', () => {
  it('with no change shows the entry and a ready-to-type command that changes nothing', async () => {
    await ok('/log kind:visit outcome:proposal prospect:"Garage Dupont" amount:"1 234,50" date:2026-11-26');
    const r = await ok('/activity edit A-1');
    expect(r.reference).toBe('A-1');
    expect(r.tone).toBe('info');
    expect(fieldValue(r, 'Montant HT')).toMatch(/^1\s234,50\s€$/);
    const command = r.blocks.at(-1);
    expect(command).toEqual({
      type: 'text',
      text: '/action modifier A-1 type:visite résultat:"devis envoyé" prospect:P-1 date:2026-11-26 montant:1234.5',
    });
    const before = await core.snapshot();
    const again = await ok(command?.type === 'text' ? command.text : '');
    expect((again.data as { changed: string[] }).changed).toEqual([]);
    expect(await core.snapshot()).toEqual(before);
    const en = await ok('/activity edit A-1', { locale: 'en' });
    expect(texts(en)).toContain('/activity edit A-1 kind:visit outcome:"proposal sent" prospect:P-1');
  });

  it('corrects an entry and the funnel follows at once', async () => {
    await ok('/log kind:call outcome:reached prospect:A date:2026-11-24');
    expect(await stages()).toMatchObject({ attempted: 1, reached: 1, appointment: 0 });
    const r = await ok('/action modifier A-1 résultat:rdv');
    expect(r.title).toBe('Action A-1 modifiée');
    expect(texts(r)).toContain('Modifié : Résultat.');
    expect(r.followUps.map((f) => f.command)).toEqual(['/action modifier A-1', '/action supprimer A-1']);
    expect(await stages()).toMatchObject({ attempted: 1, reached: 1, appointment: 1 });
    await ok('/activity edit A-1 date:2026-11-18');
    expect(await stages()).toMatchObject({ attempted: 0, appointment: 0 });
    expect(await stages('/funnel last-week')).toMatchObject({ attempted: 1, appointment: 1 });
    const stored = await core.store.transact('local:acme', (tx) => tx.activities.all());
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 'A-1', outcome: 'appointment', date: '2026-11-18' });
  });

  it('removes the amount when the outcome no longer has one, and says so', async () => {
    await ok('/log kind:visit outcome:signed prospect:A amount:500');
    const r = await ok('/activity edit A-1 outcome:refused');
    expect(texts(r)).toContain('Montant et marge retirés : le résultat « refus » n’en a pas.');
    expect((r.data as { activity: Activity }).activity.amount).toBeUndefined();
    const p = await core.store.transact('local:acme', (tx) => tx.prospects.get('P-1'));
    expect(p?.status).toBe('prospect');
  });

  it('lets only a manager give an entry to another rep', async () => {
    await ok('/log kind:call outcome:reached prospect:X');
    await ok('/log kind:call outcome:reached prospect:X', { user: 'bob' });
    expect((await core.run('/activity edit A-2 rep:Alice', { user: 'bob' })).error?.code).toBe(
      'log_for_other_forbidden',
    );
    const r = await ok('/activity edit A-2 rep:Alice');
    expect((r.data as { activity: Activity }).activity.repId).toBe('cli:alice');
  });
});

describe('/activity list and show', () => {
  it('lists newest first; a rep sees their own, a manager the team’s, with filters', async () => {
    await ok('/log kind:call outcome:reached prospect:A date:2026-11-24');
    await ok('/log kind:visit outcome:refused prospect:B date:2026-11-26', { user: 'bob' });
    await ok('/log kind:call outcome:refused prospect:A date:2026-11-27');
    await ok('/log kind:call outcome:reached prospect:C date:2026-11-18', { user: 'bob' });
    const ids = (r: Reply) => (r.data as { activities: Activity[] }).activities.map((a) => a.id);
    expect(ids(await ok('/action liste'))).toEqual(['A-3', 'A-2', 'A-1', 'A-4']);
    expect(ids(await ok('/activity list', { user: 'bob' }))).toEqual(['A-2', 'A-4']);
    expect(ids(await ok('/activity list this-week rep:Bob'))).toEqual(['A-2']);
    expect(ids(await ok('/action liste prospect:P-1 type:appel'))).toEqual(['A-3', 'A-1']);
    const limited = await ok('/activity list limit:2');
    expect(limited.data).toMatchObject({ total: 4 });
    expect(ids(limited)).toEqual(['A-3', 'A-2']);
    for (let i = 0; i < 6; i++) await ok('/log kind:sms outcome:no_answer prospect:A date:2026-11-27');
    // Same day and same instant (the test clock): A-10 is newer than A-9.
    expect(ids(await ok('/activity list kind:sms limit:3'))).toEqual(['A-10', 'A-9', 'A-8']);
    const r = await core.run('/activity list rep:Alice', { user: 'bob' });
    expect(r.error?.code).toBe('activity_rep_filter_forbidden');
    expect((await core.run('/activity show A-1', { user: 'bob' })).error?.code).toBe('activity_not_yours');
  });
});
