import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/demo/seed.ts';
import { salesCollection } from '../../../src/portfolio/entities.ts';
import { NOW, startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { ARTIFACTS, openWebChatBrowser, sendMessage, type WebChatBrowser } from './browser-harness.ts';

describe('local web chat in a real browser (Debian chromium)', () => {
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

  it('shows the demo team’s funnel chart and ratios, then logs an action through the /log form', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=demo&user=me&locale=fr`);
    expect(await page.locator('header .notice').textContent()).toContain('Chat de test local');
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });

    await send('/entonnoir');
    const chart = page.locator('img[alt^="Entonnoir de prospection"]');
    await chart.waitFor({ timeout: 30_000 });
    await expect
      .poll(
        () =>
          chart.evaluate((img) => {
            const i = img as unknown as { complete: boolean; naturalWidth: number };
            return i.complete && i.naturalWidth;
          }),
        {
          timeout: 15_000,
        },
      )
      .toBe(800);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the table's cell breaks, which the regex below needs
    const text = await page.locator('#webchat').innerText();
    expect(text).toContain('Taux de joignabilité');
    expect(text).toMatch(/Taux de joignabilité\s+\d+,\d\s%\s\(\d+\/\d+\)/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-funnel.png'), fullPage: true });

    await send('/journal');
    const field = (label: RegExp) => page.getByLabel(label).filter({ visible: true }).last();
    await field(/^Type d’action/).waitFor({ timeout: 30_000 });
    await field(/^Type d’action/).selectOption('call');
    await field(/^Résultat/).selectOption('appointment');
    await field(/^Prospect \(nom/).fill('Boulangerie du Navigateur');
    await page.getByRole('button', { name: 'Valider' }).filter({ visible: true }).last().click();
    await page.getByText('Appel enregistré').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-log.png'), fullPage: true });

    const logged = await server.app.deps.store.transact('local:demo', (tx) =>
      tx.activities.all().filter((a) => a.createdBy === 'web:me'),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ kind: 'call', outcome: 'appointment', date: '2026-11-28' });
  }, 180_000);

  it('imports a sales file attached with the upload button, then answers the portfolio from it', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=ventes&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    // Web Chat's upload button opens this input; the file waits in the send box for the message.
    await page
      .locator('input[type="file"]')
      .setInputFiles(path.resolve('test/fixtures/portfolio/superstore.csv'));
    await send('/import sales');
    await page.getByText('9 994 lignes de vente importées').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-sales-import.png'), fullPage: true });
    const stored = await server.app.deps.store.transact('local:ventes', (tx) =>
      tx.collection(salesCollection).all(),
    );
    expect(stored.reduce((n, c) => n + c.lines, 0)).toBe(9994);

    await send('/portfolio summary 2017');
    await page.getByText(/Portefeuille 2017/).waitFor({ timeout: 30_000 });
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the facts' line breaks
    const text = await page.locator('#webchat').innerText();
    // The spreadsheet's figures for 2017: revenue 733,215.26, 1,687 orders, growth +20.4 % on 2016.
    expect(text).toMatch(/733\s215,26\s€/);
    expect(text).toMatch(/1\s687/);
    expect(text).toMatch(/\+20,4\s%/);
  }, 180_000);
});
