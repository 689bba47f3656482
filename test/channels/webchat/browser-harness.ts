import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

/** Where browser tests leave their screenshots (git-ignored). */
export const ARTIFACTS = path.resolve('test-artifacts');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface WebChatBrowser {
  page: Page;
  close(): Promise<void>;
}

/** Debian's chromium, headless, with a profile of its own and a French interface, as a rep has it. */
export async function openWebChatBrowser(): Promise<WebChatBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'prospecta-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1100, height: 1400 },
    locale: 'fr-FR',
  });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    page: context.pages()[0] ?? (await context.newPage()),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Types a message in Web Chat's send box and sends it. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}
