import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-chat-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Types lines into the real terminal chat (`npm start` today) and returns what it printed. */
function chat(lines: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('bin/prospecta.js'), 'chat', '--user', 'alice'], {
      env: { ...process.env, PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'error' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('prospecta chat', () => {
  it('answers typed commands, with or without the slash, writes charts to files, and quits', async () => {
    const { code, out } = await chat([
      'journal type:appel résultat:rdv prospect:"Garage Dupont"',
      '/entonnoir cette-semaine',
      '/lgo',
      'quitter',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Prospecta — chat local');
    expect(out).toContain('Appel enregistré');
    expect(out).toContain('Prospect\u00a0: Garage Dupont (P-1)');
    expect(out).toMatch(/📊 Entonnoir de prospection — .* → .*\.png/);
    expect(out).toContain('Commande inconnue « lgo »');
    expect(out).toContain('Vouliez-vous dire « log » ?');
  });
});
