import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-chat-ask-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Types lines into the real terminal chat and returns what it printed. */
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

it('a bare /journal asks for each option, a cancelled one saves nothing, and a plain question gets a pointer', async () => {
  const { code, out } = await chat([
    '/journal',
    'annuler',
    '/journal',
    'appel',
    '', // required: asked again
    'rdv',
    'Garage Dupont',
    ...Array.from({ length: 12 }, () => ''), // every optional option skipped (extra Enters are ignored)
    'combien de rendez-vous cette semaine ?',
    'quitter',
  ]);
  expect(code).toBe(0);
  expect(out).toContain('Commande annulée : rien n’a été enregistré.');
  expect(out).toContain('Type d’action : appel, visite, e-mail… [type:] (choix : appel, e-mail, SMS');
  expect(out).toContain('Cette option est obligatoire : donnez une valeur, ou « annuler ».');
  expect(out).toContain('Appel enregistré');
  expect(out).toContain('Prospect\u00a0: Garage Dupont (P-1)');
  expect(out).toContain(
    'Je comprends les commandes : tapez /aide. Pour « combien de rendez-vous cette semaine ? », essayez /entonnoir cette-semaine.',
  );
});
