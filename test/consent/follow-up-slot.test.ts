import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followUpsCollection } from '../../src/follow-ups/entities.ts';
import { createTestCore } from '../helpers/core.ts';

// Friday 4 December 2026, 18:00 in Paris.
const now = new Date('2026-12-04T17:00:00Z');
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(now);
  await core.run('/prospect add "Jean Martin" type:b2c');
  await core.run('/prospect consent P-1 channel:phone status:granted proof:"formulaire web" date:2026-11-02');
  await core.run('/prospect add "Garage Dupont" type:b2b');
});
afterEach(async () => {
  await core.close();
});

const dueOf = async (id: string) =>
  (await core.store.transact('local:acme', (tx) => tx.collection(followUpsCollection).get(id)))?.dueLocal;
const body = (r: { blocks: { type: string; text?: string }[] }) =>
  r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');

describe('follow-up calls to consumers land in the legal windows', () => {
  it('a callback typed for Saturday 9:00 is set for Monday 10:00, and said so', async () => {
    const r = await core.run(
      '/journal type:appel résultat:à_relancer prospect:P-1 heure:17:30 relance:samedi',
    );
    expect(r.error).toBeUndefined();
    expect(await dueOf('F-1')).toBe('2026-12-07T10:00');
    expect(body(r)).toContain(
      'relance téléphonique déplacée au premier créneau légal, lundi 7 déc. 2026 à 10:00',
    );
  });

  it('Monday 13:30 (the lunch break) becomes 14:00', async () => {
    await core.run('/log kind:call outcome:callback prospect:P-1 time:17:30 follow_up:"lundi 13h30"');
    expect(await dueOf('F-1')).toBe('2026-12-07T14:00');
  });

  it('a time already legal is kept; a business keeps Saturday; a visit follow-up is not a call', async () => {
    await core.run('/log kind:call outcome:callback prospect:P-1 time:17:30 follow_up:"lundi 11h"');
    expect(await dueOf('F-1')).toBe('2026-12-07T11:00');
    await core.run('/log kind:call outcome:callback prospect:P-2 time:17:30 follow_up:samedi');
    expect(await dueOf('F-2')).toBe('2026-12-05T09:00');
    await core.run('/log kind:visit outcome:callback prospect:P-1 follow_up:samedi');
    expect(await dueOf('F-3')).toBe('2026-12-05T09:00');
  });

  it('after a refusal the callback waits 60 days', async () => {
    await core.run('/log kind:call outcome:refused prospect:P-1 time:17:30 follow_up:lundi');
    // 4 December + 60 days = Tuesday 2 February 2027.
    expect(await dueOf('F-1')).toBe('2027-02-02T10:00');
  });

  it('postponing a consumer callback to 20:30 moves it to the next morning', async () => {
    await core.run('/log kind:call outcome:callback prospect:P-1 time:17:30 follow_up:"lundi 11h"');
    const r = await core.run('/relances reporter:F-1 à:"mardi 20h30"');
    expect(r.error).toBeUndefined();
    expect(await dueOf('F-1')).toBe('2026-12-09T10:00');
  });
});
