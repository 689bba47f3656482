import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
  // The first user administers the team; the others join as reps by running a command.
  await core.run('/aide', { user: 'zoé admin' });
  await core.run('/aide', { user: 'alice martin' });
  await core.run('/aide', { user: 'karim benali' });
});
afterEach(async () => {
  await core.close();
});

const repOf = (r: Awaited<ReturnType<typeof core.run>>): string | undefined =>
  (r.data as { activity?: Activity } | undefined)?.activity?.repId;

describe('rep references', () => {
  it.each([
    ['Alice', 'cli:alice martin'],
    ['alice', 'cli:alice martin'],
    ['Ali', 'cli:alice martin'],
    ['Martin', 'cli:alice martin'],
    ['"Alice Martin"', 'cli:alice martin'],
    ['KÂRIM', 'cli:karim benali'],
    ['Benali', 'cli:karim benali'],
  ])('rep:%s resolves to the only member it can mean', async (typed, id) => {
    const r = await core.run(`/log kind:call outcome:reached prospect:X rep:${typed}`, { user: 'zoé admin' });
    expect(r.error).toBeUndefined();
    expect(repOf(r)).toBe(id);
  });

  it('asks which one, naming both, when two members start the same way, and saves nothing', async () => {
    await core.run('/aide', { user: 'alice dubois' });
    const before = await core.snapshot();
    const r = await core.run('/log kind:call outcome:reached prospect:X rep:Alice', { user: 'zoé admin' });
    expect(r.error?.code).toBe('rep_ambiguous');
    expect(r.error?.field).toBe('rep');
    expect(r.error?.message).toBe(
      '« Alice » désigne plusieurs commerciaux : Alice dubois, Alice martin. Tapez le nom complet entre guillemets, par exemple "Alice dubois".',
    );
    expect(await core.snapshot()).toEqual(before);
    const en = await core.run('/log kind:call outcome:reached prospect:X rep:alice', {
      user: 'zoé admin',
      locale: 'en',
    });
    expect(en.error?.message).toBe(
      '"alice" matches several reps: Alice dubois, Alice martin. Type the full name in quotes, for example "Alice dubois".',
    );
    // The full name still resolves.
    const full = await core.run('/log kind:call outcome:reached prospect:X rep:"Alice Martin"', {
      user: 'zoé admin',
    });
    expect(repOf(full)).toBe('cli:alice martin');
  });

  it('a name that is nobody still says not found, with the closest name', async () => {
    const r = await core.run('/log kind:call outcome:reached prospect:X rep:Alise', { user: 'zoé admin' });
    expect(r.error?.code).toBe('rep_not_found');
  });

  it('the funnel filters on a rep given by first name (the README example)', async () => {
    await core.run('/log kind:call outcome:reached prospect:X', { user: 'alice martin' });
    await core.run('/log kind:call outcome:reached prospect:Y', { user: 'karim benali' });
    const r = await core.run('/funnel period:2026-11-23..2026-11-29 rep:Alice', { user: 'zoé admin' });
    expect(r.error).toBeUndefined();
    expect((r.data as { stages: { attempted: number } }).stages.attempted).toBe(1);
  });
});
