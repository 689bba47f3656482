import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { seedDemo } from '../../../src/demo/seed.ts';
import { NOW, startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { ARTIFACTS, openWebChatBrowser, sendMessage, type WebChatBrowser } from './browser-harness.ts';

describe('the web chat greets in the user’s language with three commands to start with', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let browser: WebChatBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startHttp();
    await seedDemo(server.app.deps.store, { team: 'demo', now: NOW });
    browser = await openWebChatBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const send = (text: string) => sendMessage(page, text);

  it('in French: a greeting with three suggested actions, which run as shown; /aide on one screen', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=demo&user=me&locale=fr`);
    await page.getByText('Bonjour ! Je suis Prospecta').first().waitFor({ timeout: 30_000 });
    for (const title of ['Les commandes', 'Saisir une action', 'Entonnoir de la semaine'])
      await page.getByRole('button', { name: title, exact: true }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'french-welcome.png') });
    await page.getByRole('button', { name: 'Entonnoir de la semaine', exact: true }).first().click();
    // The suggested action posts its command as the user's message, and the bot answers it.
    await page
      .getByText('/entonnoir période:cette-semaine', { exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('img[alt^="Entonnoir de prospection"]').first().waitFor({ timeout: 30_000 });
    await send('/aide');
    await page
      .getByText('/entonnoir — Entonnoir de prospection et ratios')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'french-aide.png') });
    // The forms wait behind one button per task group: « Saisir » unfolds /journal's.
    await page.getByRole('button', { name: 'Saisir', exact: true }).last().click();
    await page.getByRole('button', { name: '/journal', exact: true }).last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'french-aide-saisir.png') });
  }, 120_000);

  it('in English: the same greeting in English', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=demo&user=me&locale=en`);
    await page.getByText('Hello! I am Prospecta').first().waitFor({ timeout: 30_000 });
    for (const title of ['The commands', 'Log an action', 'This week’s funnel'])
      await page.getByRole('button', { name: title, exact: true }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'french-welcome-en.png') });
  }, 120_000);
});
