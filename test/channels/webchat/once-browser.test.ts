import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { ARTIFACTS, openWebChatBrowser, sendMessage, type WebChatBrowser } from './browser-harness.ts';

describe('web chat in a real browser: exactly once', () => {
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
  /** The transcript scrolled to its end, so that screenshots show the last answers. */
  const shoot = async (name: string) => {
    await page
      .locator('.webchat__basic-transcript__scrollable')
      .evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  };
  const signed = (team = 'once') =>
    server.app.deps.store.transact(`local:${team}`, (tx) =>
      tx.activities.all().filter((a) => a.outcome === 'signed'),
    );

  it('Valider double-clicked on the visit form logs one signed visit and says the second is already saved', async () => {
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=once&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    const names = ['Boulangerie Martin', 'Fleuriste Rosa', 'Pharmacie Centrale', 'Hôtel du Lac'];
    for (const name of names) {
      await send(`/journal type:visite résultat:signé prospect:"${name}" montant:500`);
      await expect
        .poll(async () => (await signed()).length, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(names.indexOf(name) + 1);
    }
    expect(await signed()).toHaveLength(4);

    await send('/journal');
    const field = (label: RegExp) => page.getByLabel(label).filter({ visible: true }).last();
    await field(/^Type d’action/).waitFor({ timeout: 30_000 });
    await field(/^Type d’action/).selectOption('visit');
    await field(/^Résultat/).selectOption('signed');
    await field(/^Prospect \(nom/).fill('Quincaillerie Vidal');
    await page.getByRole('button', { name: 'Valider' }).filter({ visible: true }).last().dblclick();
    await page.getByText('Déjà enregistré').waitFor({ timeout: 30_000 });
    await shoot('once-double-valider.png');
    const visits = await signed();
    expect(visits).toHaveLength(5);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the card's line breaks
    const text = await page.locator('#webchat').innerText();
    expect(text).toContain(`sous la référence ${visits.at(-1)?.id}`);
  }, 180_000);

  it('a message whose answer was lost on the network, sent again with Retry, logs once', async () => {
    // The server gets the first post and saves it; the browser sees neither the answer nor its echo.
    let lost = true;
    await page.route('**/directline/conversations/*/activities*', async (route) => {
      const request = route.request();
      if (!lost) return route.fallback();
      if (request.method() === 'POST') {
        await route.fetch();
        return route.abort('connectionreset');
      }
      const response = await route.fetch();
      const json = (await response.json()) as { activities: { from: { role: string } }[]; watermark: string };
      const activities = json.activities.filter((a) => a.from.role !== 'user');
      return route.fulfill({ response, json: { ...json, activities } });
    });
    await page.goto(`${server.origin}/?key=${WEBCHAT_KEY}&team=retry&user=me&locale=fr`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    await send('/journal type:visite résultat:signé prospect:"Traiteur Nguyen" montant:700');
    const retry = page.locator('button', { hasText: 'Réessayez' }).last();
    await retry.waitFor({ timeout: 30_000 }).catch(async (e) => {
      await shoot('once-send-failed.png');
      throw e;
    });
    await shoot('once-send-failed.png');
    expect((await signed('retry')).length).toBe(1);
    lost = false;
    await retry.click();
    await page.getByText('Déjà enregistré').waitFor({ timeout: 30_000 });
    await shoot('once-retry.png');
    expect((await signed('retry')).length).toBe(1);
    await page.unroute('**/directline/conversations/*/activities*');
  }, 180_000);
});
