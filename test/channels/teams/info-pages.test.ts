import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { pageLocale } from '../../../src/channels/teams/info-pages.ts';
import { buildManifest } from '../../../src/channels/teams/manifest.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { startHttp } from '../helpers.ts';

const { manifest } = buildManifest(createRegistry(commands), {
  appId: '1b7ed3f2-0000-4000-8000-000000000001',
  version: '0.1.0',
  publicBaseUrl: 'https://prospecta.example.org',
});
const dev = manifest.developer;
const pathOf = (url: string) => new URL(url).pathname;
const facts = {
  PROSPECTA_OPERATOR: 'Boulangeries Martin SAS',
  PROSPECTA_PRIVACY_CONTACT: 'dpo@martin.example',
};

describe('the developer pages of the Teams manifest', () => {
  it('website, privacy and terms URLs are three distinct pages', () => {
    expect([dev.websiteUrl, dev.privacyUrl, dev.termsOfUseUrl]).toEqual([
      'https://prospecta.example.org/about',
      'https://prospecta.example.org/privacy',
      'https://prospecta.example.org/terms',
    ]);
  });

  it('with credentials the bot serves each of them, in French and English, filled from the configuration', async () => {
    const server = await startHttp({
      MicrosoftAppId: '1b7ed3f2-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
      ...facts,
    });
    try {
      const get = (url: string, lang?: string) =>
        fetch(`${server.origin}${pathOf(url)}`, { headers: lang ? { 'accept-language': lang } : {} });
      for (const url of [dev.websiteUrl, dev.privacyUrl, dev.termsOfUseUrl]) {
        const res = await get(url, 'fr-FR,fr;q=0.9');
        expect(res.status, url).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('content-language')).toBe('fr');
        const html = await res.text();
        expect(html).toContain('<html lang="fr">');
        expect(html).toContain('Boulangeries Martin SAS');
        expect(html).toContain('dpo@martin.example');
      }
      const fr = await (await get(dev.privacyUrl, 'fr-FR')).text();
      expect(fr).toContain('Le responsable du traitement est Boulangeries Martin SAS');
      expect(fr).toContain('Prospects : 3 ans à compter de la collecte ou du dernier contact');
      expect(fr).toContain('la durée de la relation commerciale, plus 3 ans');
      expect(fr).toContain('Réponse sous un mois');
      const en = await (await get(dev.privacyUrl, 'en-US,en;q=0.8')).text();
      expect(en).toContain('<html lang="en">');
      expect(en).toContain('The controller is Boulangeries Martin SAS');
      expect(en).toContain('Opposition (do-not-contact) lists: at least 3 years');
      expect(en).toContain('To exercise your rights or ask a question: dpo@martin.example.');
      const terms = await (
        await fetch(`${server.origin}/terms?lang=en`, { headers: { 'accept-language': 'fr' } })
      ).text();
      expect(terms).toContain('Prospecta — terms of use');
      expect(terms).toContain('<a href="/terms?lang=fr" hreflang="fr">Français</a>');
      // The web chat stays off with credentials.
      expect((await fetch(`${server.origin}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('without an operator set, the pages point at the administrator instead of naming nobody', async () => {
    const server = await startHttp();
    try {
      const html = await (
        await fetch(`${server.origin}/privacy`, { headers: { 'accept-language': 'en' } })
      ).text();
      expect(html).toContain(
        'The controller is the organisation that installed Prospecta for its sales team',
      );
      expect(html).toContain('your team’s manager, or the administrator who installed Prospecta');
    } finally {
      await server.close();
    }
  });

  it('the language: ?lang= first, then the first French or English tag, else French', () => {
    expect(pageLocale('en', 'fr-FR')).toBe('en');
    expect(pageLocale(null, 'de-DE,en-GB;q=0.8,fr;q=0.5')).toBe('en');
    expect(pageLocale(null, 'de-DE')).toBe('fr');
    expect(pageLocale('xx', undefined)).toBe('fr');
  });
});
