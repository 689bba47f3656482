import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { colorIcon, outlineIcon } from '../../../src/channels/teams/icons.ts';
import { buildManifest } from '../../../src/channels/teams/manifest.ts';
import { createRegistry } from '../../../src/core/registry.ts';

const fixture = async (name: string) =>
  JSON.parse(await readFile(new URL(`../../fixtures/schemas/${name}`, import.meta.url), 'utf8'));

function validator(schema: object) {
  // The Teams schemas' patterns are not valid with the `u` flag (`\b]`): compile them as plain RegExps.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
}

const APP_ID = '1b7ed3f2-0000-4000-8000-000000000001';
const registry = createRegistry(commands);

describe('Teams app package', () => {
  it('the manifest and its French localization pass the v1.29 schemas', async () => {
    const { manifest, fr } = buildManifest(registry, {
      appId: APP_ID,
      version: '0.1.0',
      publicBaseUrl: 'https://prospecta.example.org',
    });
    const validateManifest = validator(await fixture('teams-manifest-1.29.schema.json'));
    expect(validateManifest(manifest), JSON.stringify(validateManifest.errors)).toBe(true);
    const validateFr = validator(await fixture('teams-localization.schema.json'));
    expect(validateFr(fr), JSON.stringify(validateFr.errors)).toBe(true);

    const bot = manifest.bots[0];
    expect(bot?.botId).toBe(APP_ID);
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = bot?.commandLists[0]?.commands.map((c) => c.title) ?? [];
    expect(titles.slice(0, 2)).toEqual(['log', 'funnel']);
    expect(titles).toContain('help');
    expect(titles.length).toBeLessThanOrEqual(12);
    expect(fr['bots[0].commandLists[0].commands[0].title']).toBe('journal');
    expect(fr[`bots[0].commandLists[0].commands[${titles.indexOf('help')}].title`]).toBe('aide');
    expect(manifest.validDomains).toEqual(['prospecta.example.org']);
  });

  it('icons: color 192×192, outline 32×32 white on transparent', async () => {
    const color = await loadImage(colorIcon());
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = await loadImage(outlineIcon());
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const ctx = createCanvas(32, 32).getContext('2d');
    ctx.drawImage(outline, 0, 0);
    const px = ctx.getImageData(0, 0, 32, 32).data;
    let opaque = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] === 0) continue;
      opaque++;
      expect([px[i], px[i + 1], px[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(px[3]).toBe(0); // a transparent corner
    expect(opaque).toBeGreaterThan(100);
  });

  it('npm run teams:package refuses to run without MicrosoftAppId, and zips the package with it', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'prospecta-pkg-'));
    const script = path.resolve('scripts/teams-package.ts');
    const run = (env: Record<string, string>) =>
      spawnSync(path.resolve('node_modules/.bin/tsx'), [script], {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
    try {
      const refused = run({});
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('MicrosoftAppId is not set');
      const placeholder = run({
        MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
        PUBLIC_BASE_URL: 'https://prospecta.example.org',
      });
      expect(placeholder.status).toBe(2);
      expect(placeholder.stderr).toContain(
        'MicrosoftAppId: 00000000-0000-0000-0000-000000000000 is the placeholder',
      );
      const plainHttp = run({ MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: 'http://localhost:3978' });
      expect(plainHttp.status).toBe(2);
      expect(plainHttp.stderr).toContain('PUBLIC_BASE_URL: must start with https://');
      const ok = run({ MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: 'https://prospecta.example.org' });
      expect(ok.stderr).not.toContain('Error');
      expect(ok.status).toBe(0);
      const zip = await readFile(path.join(cwd, 'dist', 'prospecta-teams.zip'));
      expect(zip.subarray(0, 2).toString()).toBe('PK');
      for (const name of ['manifest.json', 'fr.json', 'color.png', 'outline.png'])
        expect(zip.includes(Buffer.from(name))).toBe(true);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});
