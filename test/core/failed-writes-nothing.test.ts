import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

// Exit code 2 promises "nothing written": a command that fails leaves the data folder as it was,
// even for a team and a member it would have created (#14 §6).
describe('a failed command writes nothing, not even its new team or member', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  afterEach(() => core.close());

  it('a rejected import on a new team', async () => {
    core = await createTestCore();
    const before = await core.snapshot();
    const bad = new TextEncoder().encode('nom;ville\n;Lyon\n;Nantes\n');
    const r = await core.run('/import prospects file:bad.csv', { team: 'neuve', files: { 'bad.csv': bad } });
    expect(r.tone).toBe('error');
    expect(r.error?.code).toBeDefined();
    expect(await core.snapshot()).toEqual(before);
    expect(await core.store.listTeams()).toEqual([]);
  });

  it('a rejected /log on a new team', async () => {
    core = await createTestCore();
    const before = await core.snapshot();
    const r = await core.run('/log kind:visite', { team: 'autre', user: 'bob' });
    expect(r.error).toBeDefined();
    expect(await core.snapshot()).toEqual(before);
  });
});
