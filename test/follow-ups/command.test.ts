import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { followUpWorld } from './helpers.ts';

/** Saturday 5 December 2026, 11:00 in Paris. */
const SATURDAY = new Date('2026-12-05T10:00:00Z');
let w: Awaited<ReturnType<typeof followUpWorld>>;
afterEach(async () => w?.close());

const tables = (r: Reply) => r.blocks.flatMap((b) => (b.type === 'table' ? [b] : []));

/** Alice's follow-ups: one set last week (overdue), one today 17:00, one Tuesday; Bob has one. */
async function seed() {
  w = await followUpWorld(new Date('2026-11-30T10:00:00Z'));
  await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:jeudi');
  w.clock.now = SATURDAY;
  await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:17h');
  await w.run('/journal type:appel résultat:rappeler prospect:Petit relance:mardi 10h30');
  await w.run('/journal type:appel résultat:rappeler prospect:Grand relance:lundi', {
    user: 'bob',
    role: 'rep',
  });
}

describe('/relances (/follow-ups)', () => {
  it('lists my overdue, today’s and upcoming follow-ups in the team’s time, with Done, Postpone and Log buttons', async () => {
    await seed();
    const r = await w.run('/relances');
    expect(r.title).toBe('Mes relances');
    expect(tables(r).map((t) => [t.caption, t.rows])).toEqual([
      ['En retard (1)', [['F-1', 'Durand (P-1)', '3 déc. 2026 09:00']]],
      ['Aujourd’hui (1)', [['F-2', 'Boulangerie Martin (P-2)', '5 déc. 2026 17:00']]],
      ['À venir (1)', [['F-3', 'Petit (P-3)', '8 déc. 2026 10:30']]],
    ]);
    expect(r.followUps.slice(0, 3)).toEqual([
      { label: 'Fait F-1', command: '/relances fait:F-1' },
      { label: 'Reporter F-1 à demain', command: '/relances reporter:F-1 à:demain' },
      { label: 'Journaliser Durand', command: '/journal prospect:P-1' },
    ]);
    expect(r.followUps).toHaveLength(9);
    expect(r.data?.followUps).toEqual([
      {
        id: 'F-1',
        prospectId: 'P-1',
        repId: 'cli:alice',
        dueAt: '2026-12-03T08:00:00.000Z',
        section: 'overdue',
      },
      {
        id: 'F-2',
        prospectId: 'P-2',
        repId: 'cli:alice',
        dueAt: '2026-12-05T16:00:00.000Z',
        section: 'today',
      },
      {
        id: 'F-3',
        prospectId: 'P-3',
        repId: 'cli:alice',
        dueAt: '2026-12-08T09:30:00.000Z',
        section: 'upcoming',
      },
    ]);
    const en = await w.run('/follow-ups', { locale: 'en' });
    expect(en.title).toBe('My follow-ups');
    expect(tables(en)[0]?.caption).toBe('Overdue (1)');
    expect(tables(en)[2]?.rows[0]).toEqual(['F-3', 'Petit (P-3)', '8 Dec 2026 10:30']);
  });

  it('the buttons work: done closes it, postpone moves it to tomorrow 9:00 and keeps the old time', async () => {
    await seed();
    const done = await w.run('/relances fait:F-1');
    expect(done).toMatchObject({ title: 'Relance F-1 faite', tone: 'success', reference: 'F-1' });
    const later = await w.run('/follow-ups postpone:F-2 to:tomorrow');
    expect(later.title).toBe('Relance F-2 reportée au 6 déc. 2026 09:00');
    const moved = await w.run('/relances reporter:F-3 à:lundi 14h');
    expect(moved.title).toBe('Relance F-3 reportée au 7 déc. 2026 14:00');
    const [f1, f2, f3] = await w.followUps();
    expect(f1).toMatchObject({ status: 'done', closedBy: 'cli:alice', closedAt: SATURDAY.toISOString() });
    expect(f2).toMatchObject({
      status: 'open',
      dueAt: '2026-12-06T08:00:00.000Z',
      typed: 'tomorrow',
      postponedFrom: ['2026-12-05T16:00:00.000Z'],
    });
    expect(f3).toMatchObject({ dueAt: '2026-12-07T13:00:00.000Z', typed: 'lundi 14h' });
    expect(tables(await w.run('/relances')).map((t) => t.caption)).toEqual(['À venir (2)']);
  });

  it('refuses clearly, writing nothing: unknown id, someone else’s, closed, past date, two actions', async () => {
    await seed();
    const before = await w.followUps();
    const cases: [string, { user?: string; role?: 'rep' }, string, string][] = [
      [
        '/relances fait:F-9',
        {},
        'follow_up_not_found',
        'fait : la relance « F-9 » n’existe pas. /relances liste les vôtres (F-1, F-2…).',
      ],
      [
        '/relances fait:F-1',
        { user: 'bob', role: 'rep' },
        'follow_up_not_yours',
        'fait : la relance F-1 appartient à alice. Seul un manager peut changer la relance d’un autre commercial.',
      ],
      [
        '/relances reporter:F-1 à:hier',
        {},
        'follow_up_in_past',
        'à : « hier » tombe dans le passé (2026-12-04 09:00). Une relance se prévoit dans le futur : demain, mardi, 15/12 10h…',
      ],
      [
        '/relances fait:F-1 reporter:F-2',
        {},
        'follow_up_two_actions',
        'Choisissez une seule action : fait:F-… ou reporter:F-… à:…, pas les deux.',
      ],
      [
        '/relances à:lundi',
        {},
        'follow_up_to_without_postpone',
        'à : indique la nouvelle date d’une relance reportée. Écrivez reporter:F-… à:lundi.',
      ],
    ];
    for (const [text, who, code, message] of cases) {
      const r = await w.run(text, who);
      expect([r.error?.code, r.error?.message]).toEqual([code, message]);
    }
    expect(await w.followUps()).toEqual(before);
    await w.run('/relances fait:F-1');
    const again = await w.run('/follow-ups done:f1', { locale: 'en' });
    expect(again.error?.message).toBe('done: follow-up F-1 is already closed (done).');
  });

  it('a manager sees a rep’s list with rep:, a rep cannot; another team sees none of them', async () => {
    await seed();
    const bobs = await w.run('/relances commercial:bob');
    expect(bobs.title).toBe('Relances de bob');
    expect(tables(bobs)[0]?.rows).toEqual([['F-4', 'Grand (P-4)', '7 déc. 2026 09:00']]);
    expect((await w.run('/relances commercial:alice', { user: 'bob', role: 'rep' })).error?.code).toBe(
      'forbidden',
    );
    const other = await w.run('/relances', { team: 'other' });
    expect(other.blocks).toEqual([
      {
        type: 'text',
        text: 'Aucune relance ouverte. Ajoutez-en une en journalisant une action : /journal … relance:mardi',
      },
    ]);
    expect((await w.run('/relances fait:F-1', { team: 'other' })).error?.code).toBe('follow_up_not_found');
  });
});
