import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { useCli } from '../helpers/cli.ts';

const { dir, databaseUrl, prospecta } = useCli('prospecta-busy-');

/**
 * This test process plays the other Prospecta process keeping the team: in a transaction of the
 * data folder, or, on PostgreSQL, holding the team's lock as a commit does. Resolves once it holds
 * it, with the function that lets it go.
 */
async function keepTeam(teamId: string): Promise<() => Promise<void>> {
  const url = databaseUrl();
  if (url) {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [teamId]);
    return async () => {
      await other.query('COMMIT');
      await other.end();
    };
  }
  const store = await openStore({ dir: dir() });
  let release = (): void => undefined;
  let entered = (): void => undefined;
  const held = new Promise<void>((r) => {
    entered = r;
  });
  const done = store.transact(teamId, async () => {
    entered();
    await new Promise<void>((r) => {
      release = r;
    });
  });
  await held;
  return async () => {
    release();
    await done;
    await store.close();
  };
}

describe('prospecta run while another process keeps the team', () => {
  it('answers team_busy as JSON with exit code 3, not a stack trace', async () => {
    await prospecta('run', '--team', 'acme', '/aide');
    // Another process keeps the team past the 5 s bound.
    const letGo = await keepTeam('local:acme');
    const r = await prospecta('run', '--team', 'acme', '--json', '/prospect ajouter nom:"Jeanne Dupont"');
    await letGo();
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('    at ');
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe('team_busy');
    expect(out.error.message).toContain('depuis plus de 5 s');
    const after = await prospecta('run', '--team', 'acme', '--json', '/prospect liste');
    expect(JSON.parse(after.stdout).text).not.toContain('Jeanne');
  }, 60_000);
});
