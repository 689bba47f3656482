import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = path.resolve('bin/prospecta.js');
let dir: string;

async function prospecta(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(process.execPath, [BIN, ...args], {
      env: { ...process.env, PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'error', PROSPECTA_USER: 'alice' },
      timeout: 60_000,
    });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-dups-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('prospecta run and a possible duplicate', () => {
  it('answers possible_duplicate with the candidates in data, exit 2, and nouveau:oui creates', async () => {
    expect(
      (await prospecta('run', '/journal type:appel résultat:joint prospect:"Boulangerie Martin"')).code,
    ).toBe(0);
    const r = await prospecta(
      'run',
      '--json',
      '/journal type:appel résultat:joint prospect:"Boulangerie Martn"',
    );
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      error: { code: string; field: string };
      data: { possibleDuplicate: { typed: string; candidates: { id: string; name: string }[] } };
    };
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({ code: 'possible_duplicate', field: 'prospect' });
    expect(json.data.possibleDuplicate.candidates.map((c) => [c.id, c.name])).toEqual([
      ['P-1', 'Boulangerie Martin'],
    ]);
    const forced = await prospecta(
      'run',
      '--json',
      '/journal type:appel résultat:joint prospect:"Boulangerie Martn" nouveau:oui',
    );
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as { data: { prospect: { id: string } } }).data.prospect.id).toBe(
      'P-2',
    );
  }, 120_000);
});
