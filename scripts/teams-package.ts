/**
 * `npm run teams:package`: builds the Microsoft Teams app package (manifest.json, fr.json, two
 * icons) into dist/prospecta-teams.zip, ready to upload in Teams (Apps → Manage your apps →
 * Upload an app). Needs the bot's MicrosoftAppId and its public https address, PUBLIC_BASE_URL.
 */

import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { commands } from '../commands/index.ts';
import { colorIcon, outlineIcon } from '../src/channels/teams/icons.ts';
import { buildManifest } from '../src/channels/teams/manifest.ts';
import { createRegistry } from '../src/core/registry.ts';
import { loadDotEnv } from '../src/env-file.ts';
import { appIdProblem, publicBaseUrlProblem } from '../src/public-address.ts';

function fail(message: string): never {
  console.error(`teams:package: ${message}`);
  process.exit(2);
}

loadDotEnv();
const appId = process.env.MicrosoftAppId?.trim();
const publicBaseUrl = process.env.PUBLIC_BASE_URL?.trim();
if (!appId)
  fail(
    'MicrosoftAppId is not set. Register the bot first (Azure Bot resource, or the Teams Developer Portal → Tools → Bot management), then run\n  MicrosoftAppId=<the bot’s app id> PUBLIC_BASE_URL=https://<your public host> npm run teams:package\nThe package names that id as the bot Teams talks to: a made-up id would install an app that never answers.',
  );
const appIdWrong = appIdProblem(appId);
if (appIdWrong) fail(`MicrosoftAppId: ${appIdWrong}.`);
if (!publicBaseUrl)
  fail(
    'PUBLIC_BASE_URL must be the bot’s public https address (the one whose /api/messages is the messaging endpoint), e.g. https://prospecta.example.org',
  );
// The package is always for Teams in the cloud: never a loopback http address.
const baseWrong = publicBaseUrlProblem(publicBaseUrl, false);
if (baseWrong) fail(`PUBLIC_BASE_URL: ${baseWrong}.`);

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const { manifest, fr, omitted } = buildManifest(createRegistry(commands), {
  appId,
  version: pkg.version,
  publicBaseUrl,
});
if (omitted > 0)
  console.warn(`teams:package: Teams lists 12 commands; ${omitted} more are usable but not listed.`);

const out = path.resolve('dist', 'prospecta-teams.zip');
await mkdir(path.dirname(out), { recursive: true });
const zip = new ZipFile();
const fixed = { mtime: new Date('2026-01-01T00:00:00Z') };
zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', fixed);
zip.addBuffer(Buffer.from(`${JSON.stringify(fr, null, 2)}\n`), 'fr.json', fixed);
zip.addBuffer(colorIcon(), 'color.png', fixed);
zip.addBuffer(outlineIcon(), 'outline.png', fixed);
zip.end();
await new Promise<void>((resolve, reject) => {
  zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject);
});
console.log(
  `✓ ${path.relative(process.cwd(), out)} (app ${appId}, version ${pkg.version}): upload it in Teams → Apps → Manage your apps → Upload an app.`,
);
