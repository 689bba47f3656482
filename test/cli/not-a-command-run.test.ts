import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const exec = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('prospecta run answers a plain question with the pointer and exits 2 (nothing ran)', async () => {
  const r = await exec(
    process.execPath,
    [path.resolve('bin/prospecta.js'), 'run', 'combien de rdv ce mois ?'],
    {
      env: { ...process.env, PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'error', PROSPECTA_USER: 'alice' },
      timeout: 60_000,
    },
  ).then(
    (ok) => ({ code: 0, stdout: ok.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  expect(r.code).toBe(2);
  expect(r.stdout).toContain(
    'Je comprends les commandes : tapez /aide. Pour « combien de rdv ce mois ? », essayez /entonnoir ce-mois.',
  );
});
