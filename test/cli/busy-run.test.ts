import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { useCli } from '../helpers/cli.ts';

const { dir, prospecta } = useCli('prospecta-busy-');

describe('prospecta run while another process keeps the team', () => {
  it('answers team_busy as JSON with exit code 3, not a stack trace', async () => {
    await prospecta('run', '--team', 'acme', '/aide');
    // This test process plays the other Prospecta process: it keeps the team past the 5 s bound.
    const store = await openStore({ dir: dir() });
    let release = (): void => undefined;
    let entered = (): void => undefined;
    const held = new Promise<void>((r) => {
      entered = r;
    });
    const done = store.transact('local:acme', async () => {
      entered();
      await new Promise<void>((r) => {
        release = r;
      });
    });
    await held;
    const r = await prospecta('run', '--team', 'acme', '--json', '/prospect ajouter nom:"Jeanne Dupont"');
    release();
    await done;
    await store.close();
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
