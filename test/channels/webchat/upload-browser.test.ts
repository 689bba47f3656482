import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesCollection } from '../../../src/portfolio/entities.ts';
import { startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { ARTIFACTS, openWebChatBrowser, sendMessage, type WebChatBrowser } from './browser-harness.ts';

const CSV = 'name,company,city\nBoulangerie Martin,Martin SARL,Lyon\nGarage Durand,,Nantes\n';

describe('a CSV sent with the web chat’s upload button, in a real browser (Debian chromium)', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let browser: WebChatBrowser;
  let page: Page;
  /** Every answer of this server the page got that was not a success. */
  const refused: string[] = [];

  beforeAll(async () => {
    server = await startHttp();
    browser = await openWebChatBrowser();
    page = browser.page;
    page.context().on('response', (r) => {
      if (r.url().startsWith(server.origin) && r.status() >= 400)
        refused.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports the file, and the file shown in the conversation downloads with no 403', async () => {
    const file = path.join(ARTIFACTS, 'clients-upload.csv');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, CSV));
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=televerse&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    // The paperclip opens this input; the file waits in the send box for the message.
    await page.locator('input[type="file"]').setInputFiles(file);
    await sendMessage(page, '/importer prospects');
    await page.getByText('2 prospects importés').waitFor({ timeout: 60_000 });
    const names = await server.app.deps.store.transact('local:televerse', (tx) =>
      tx.prospects.all().map((p) => p.name),
    );
    expect(names.sort()).toEqual(['Boulangerie Martin', 'Garage Durand']);

    // The file stays in the user's message as a link: clicking it gives the file back.
    const link = page.locator('#webchat a', { hasText: 'clients-upload.csv' }).first();
    expect(await link.getAttribute('href')).toMatch(/\/directline\/attachments\//);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe('clients-upload.csv');
    expect(await readFile(String(await download.path()), 'utf8')).toBe(CSV);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-upload.png'), fullPage: true });
    expect(refused).toEqual([]);
  }, 180_000);

  it('a file over the 50 MB the server takes: nothing sent, the page says how to import it from the terminal', async () => {
    const file = path.join(ARTIFACTS, 'ventes-trop-grosses.csv');
    const line = '05/29/2023,ORD-1,CU-4019,Customer 4019,Home Office,Services,669.73,-8.43\n';
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        file,
        `Order Date,Order ID,Customer ID,Customer Name,Segment,Category,Sales,Profit\n${line.repeat(720_000)}`,
      ),
    );
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=televerse&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    await page.locator('input[type="file"]').setInputFiles(file);
    await sendMessage(page, '/importer ventes');
    const mb = (await import('node:fs/promises').then((fs) => fs.stat(file))).size / 2 ** 20;
    expect(mb.toFixed(1)).toBe('50.1');
    const said = page
      .getByText('« ventes-trop-grosses.csv » (50,1 Mo) dépasse les 50 Mo que le chat local accepte')
      .filter({ visible: true })
      .first();
    await said.waitFor({ timeout: 30_000 });
    expect(await said.textContent()).toContain(
      'npx prospecta run --team televerse "/importer ventes fichier:DOSSIER/ventes-trop-grosses.csv"',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-upload-too-large.png'), fullPage: true });
    // Nothing went to the server: no refused upload (413), no "Send failed", nothing imported.
    expect(refused).toEqual([]);
    expect(await page.getByText(/Échec de l’envoi|Send failed/).count()).toBe(0);
    const sales = await server.app.deps.store.transact(
      'local:televerse',
      (tx) => tx.collection(salesCollection).size,
    );
    expect(sales).toBe(0);
  }, 180_000);
});
