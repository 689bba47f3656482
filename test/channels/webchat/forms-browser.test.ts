import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { ARTIFACTS, openWebChatBrowser, sendMessage, type WebChatBrowser } from './browser-harness.ts';

describe('the web chat form of a follow-up, typed as a new user would (Debian chromium)', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let browser: WebChatBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startHttp();
    browser = await openWebChatBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const send = (text: string) => sendMessage(page, text);
  const field = (label: RegExp) => page.getByLabel(label).filter({ visible: true }).last();
  const visits = () =>
    server.app.deps.store.transact('local:formes', (tx) =>
      tx.activities.all().filter((a) => a.kind === 'visit'),
    );

  it('“Saisir la visite” opens a clean form that reads 1234,50 and 1h30 as the core does', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=formes&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    await send('/journal type:appel résultat:rdv prospect:"Boulangerie du Formulaire"');
    await page.getByText('Appel enregistré').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Saisir la visite' }).last().click();
    await field(/^Résultat/).waitFor({ timeout: 30_000 });
    // Opened from a button: nothing is wrong yet, so no red notice.
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user reads
    expect(await page.locator('#webchat').innerText()).not.toMatch(/obligatoire/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'forms-visit-open.png'), fullPage: true });

    await field(/^Résultat/).selectOption('signed');
    await field(/^CA HT/).fill('1234,50');
    await field(/^Durée/).fill('1h30');
    await field(/^Date/).fill('hier');
    await page.getByRole('button', { name: 'Valider' }).filter({ visible: true }).last().click();
    await page
      .getByText(/^Visite enregistrée?$/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'forms-visit-saved.png'), fullPage: true });

    expect(await visits()).toMatchObject([
      { outcome: 'signed', amount: 1234.5, durationMin: 90, date: '2026-11-27', prospectId: 'P-1' },
    ]);
  }, 180_000);

  it('an unreadable value brings the form back with its error and what was typed; nothing is saved', async () => {
    const forms = page.getByRole('button', { name: 'Valider' });
    const before = await forms.count();
    await page.getByRole('button', { name: 'Saisir la visite' }).first().click();
    await expect.poll(() => forms.count(), { timeout: 30_000 }).toBe(before + 1);
    await field(/^Résultat/).selectOption('proposal');
    await field(/^CA HT/).fill('12 x 3');
    await field(/^Durée/).fill('45');
    await page.getByRole('button', { name: 'Valider' }).filter({ visible: true }).last().click();
    await page.getByText(/« 12 x 3 » n’est pas un montant/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'forms-visit-error.png'), fullPage: true });
    expect(await visits()).toHaveLength(1);
    // The form came back with the values as typed: fix the amount only.
    expect(await field(/^CA HT/).inputValue()).toBe('12 x 3');
    expect(await field(/^Durée/).inputValue()).toBe('45');
    await field(/^CA HT/).fill('1 234,50 €');
    await page.getByRole('button', { name: 'Valider' }).filter({ visible: true }).last().click();
    await expect.poll(async () => (await visits()).length, { timeout: 30_000 }).toBe(2);
    expect((await visits())[1]).toMatchObject({
      outcome: 'proposal',
      amount: 1234.5,
      durationMin: 45,
      date: '2026-11-28',
    });
  }, 180_000);
});
