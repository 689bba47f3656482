import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/core/render-text.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  core = await createTestCore();
});
afterAll(async () => {
  await core.close();
});

/** The reply as text, with the narrow and non-breaking spaces of French numbers as plain spaces. */
const plain = (r: Parameters<typeof renderPlainText>[0]) =>
  renderPlainText(r).replace(/[\u00a0\u202f]/g, ' ');

const fr = (line: string) => core.run(line, { locale: 'fr' });
const en = (line: string) => core.run(line, { locale: 'en' });

describe('/calcul: French names, the formula and the numbers put in', () => {
  it('prix from a cost and a margin rate typed « 60 % »', async () => {
    const r = await fr('/calcul prix coût:15 taux_de_marge:60 %');
    expect(r.error).toBeUndefined();
    expect(r.data).toMatchObject({
      basis: 'margin_rate',
      price: 24,
      inputs: { cost: 15, margin_rate: 0.6, vat: 0.2 },
    });
    expect(r.data?.price_ttc as number).toBeCloseTo(28.8, 9);
    expect(plain(r)).toContain('PV HT = PA HT × (1 + taux de marge) = 15 × (1 + 60,0 %) = 24,00 €');
  });

  it.each([
    ['taux_de_marque:37,5 %', 'markup_rate', 0.375],
    ['taux_de_marque:0,375', 'markup_rate', 0.375],
    ['coefficient:1,6', 'multiplier', 1.6],
  ])('prix with %s, and coût back from the price', async (typed, basis, rate) => {
    const price = await fr(`/calcul prix coût:15 ${typed}`);
    expect(price.data).toMatchObject({ basis, inputs: { [basis]: rate } });
    expect(price.data?.price as number).toBeCloseTo(24, 9);
    const cost = await fr(`/calcul coût prix:24 ${typed}`);
    expect(cost.data?.cost as number).toBeCloseTo(15, 9);
  });

  it('marge: every rate of one sale, amounts typed the French way', async () => {
    const r = await fr('/calcul marge coût:1 234,50 prix:1 975,20 quantité:3 tva:5,5 %');
    const d = r.data as Record<string, number>;
    expect(d.unit_margin).toBeCloseTo(740.7, 9);
    expect(d.total_margin).toBeCloseTo(2222.1, 9);
    expect(d.margin_rate).toBeCloseTo(740.7 / 1234.5, 12);
    expect(d.markup_rate).toBeCloseTo(740.7 / 1975.2, 12);
    expect(d.multiplier).toBeCloseTo(1975.2 / 1234.5, 12);
    expect(d.price_ttc).toBeCloseTo(1975.2 * 1.055, 9);
    expect(plain(r)).toContain('Taux de marque = marge / PV HT = 740,7 / 1 975,2 = 37,5 %');
  });

  it('seuil on a commercial year: the textbook’s 216th day, 6 August', async () => {
    const r = await fr(
      '/calcul seuil charges_fixes:120 000 ca:500 000 charges_variables:300 000 jours:360 début:2026-01-01',
    );
    expect(r.data).toMatchObject({
      contribution_margin: 200_000,
      contribution_rate: 0.4,
      break_even_revenue: 300_000,
      break_even_day: 216,
      break_even_date: '2026-08-06',
      safety_margin: 200_000,
      safety_index: 0.4,
    });
    expect(plain(r)).toContain('année commerciale de 360 jours');
  });

  it('évolution from yearly rates separated by « ; »', async () => {
    const r = await fr('/calcul évolution début:1000 taux:"3 % ; -2 % ; 5 %"');
    const d = r.data as Record<string, number>;
    expect(d.years).toBe(3);
    expect(d.end).toBeCloseTo(1059.87, 9);
    expect(d.growth_overall).toBeCloseTo(0.05987, 9);
    expect(d.cagr).toBeCloseTo(1.05987 ** (1 / 3) - 1, 12);
  });

  it('valeur_client states its variant; roi names both bases', async () => {
    const clv = await fr('/calcul valeur_client panier:50 fréquence:4 durée:3 taux_de_marque:30 % cac:40');
    expect(clv.data).toMatchObject({ clv: { variant: 'margin', revenue: 600 } });
    expect((clv.data as { clv: { value: number } }).clv.value).toBeCloseTo(140, 9);
    expect(clv.data?.break_even_spend as number).toBeCloseTo(133.333333, 5);
    const revenueOnly = await fr('/calcul valeur_client panier:50 fréquence:4 durée:3');
    expect(revenueOnly.data).toMatchObject({
      clv: { variant: 'revenue', value: 600, margin: null },
      break_even_spend: null,
    });
    const roi = await fr('/calcul roi coût:1 000 ca:5 000 marge:1 500');
    expect(roi.data).toMatchObject({
      roi: 0.5,
      roi_revenue: 4,
      bases: { roi: 'margin', roi_revenue: 'revenue' },
    });
  });
});

describe('/calc in English', () => {
  it('breakeven on a calendar year, from a contribution rate', async () => {
    const r = await en(
      '/calc breakeven fixed_costs:150000 revenue:800000 contribution_rate:25% start:2026-01-01',
    );
    expect(r.data).toMatchObject({
      break_even_revenue: 600_000,
      break_even_day: 273.75,
      break_even_date: '2026-10-01',
    });
    expect(plain(r)).toContain('calendar year of 365 days');
  });

  it('growth from the two ends', async () => {
    const r = await en('/calc growth start:100 end:121 years:2');
    expect(r.data?.growth_overall as number).toBeCloseTo(0.21, 12);
    expect(r.data?.cagr as number).toBeCloseTo(0.1, 12);
  });
});

describe('zero denominators: null and a sentence, never Infinity or NaN', () => {
  it.each([
    ['/calcul marge coût:0 prix:10', ['margin_rate', 'multiplier'], 'le PA HT est nul'],
    [
      '/calcul prix coût:15 taux_de_marque:100 %',
      ['price', 'price_ttc'],
      'le taux de marque doit rester sous 100 %',
    ],
    ['/calcul coût prix:24 coefficient:0', ['cost'], 'le coefficient vaut 0'],
    [
      '/calcul seuil charges_fixes:1000 ca:0 charges_variables:0',
      ['contribution_rate', 'break_even_revenue', 'break_even_day', 'safety_index'],
      'le CA est nul',
    ],
    [
      '/calcul seuil charges_fixes:1000 ca:5000 taux_de_mcv:0',
      ['break_even_revenue', 'break_even_date'],
      'les charges fixes ne sont jamais couvertes',
    ],
    [
      '/calcul évolution début:0 fin:10 années:2',
      ['growth_overall', 'cagr'],
      'la valeur de départ est nulle',
    ],
    ['/calcul évolution début:10 fin:12 années:0', ['cagr'], 'n = 0'],
    ['/calcul roi coût:0 ca:100 marge:20', ['roi', 'roi_revenue'], 'le coût est nul'],
  ])('%s', async (line, nulls, sentence) => {
    const r = await fr(line);
    expect(r.error).toBeUndefined();
    for (const id of nulls) expect(r.data?.[id], id).toBeNull();
    expect(JSON.stringify(r.data)).not.toMatch(/Infinity|NaN/);
    expect(plain(r)).toContain(sentence);
  });
});

describe('bad input names the option and the fix', () => {
  it.each([
    ['/calcul prix coût:15', 'calc_none_of', 'taux_de_marge, taux_de_marque, coefficient'],
    [
      '/calcul prix coût:15 taux_de_marge:60 % coefficient:1,6',
      'calc_one_of',
      'taux_de_marge, taux_de_marque, coefficient',
    ],
    [
      '/calcul prix coût:15 taux_de_marge:beaucoup',
      'invalid_rate',
      'taux_de_marge : « beaucoup » n’est pas un taux',
    ],
    ['/calcul seuil charges_fixes:1000 ca:5000', 'calc_none_of', 'charges_variables, mcv, taux_de_mcv'],
    ['/calcul évolution début:100 fin:120', 'calc_growth_mode', 'fin et années'],
    ['/calcul évolution début:100 taux:"3 % ; trois"', 'calc_rates_list', 'taux : « 3 % ; trois »'],
  ])('%s', async (line, code, words) => {
    const r = await fr(line);
    expect(r.error?.code).toBe(code);
    expect(r.error?.message).toContain(words);
  });

  it('in English, with the English option names', async () => {
    const r = await en('/calc price cost:15 markup_rate:20% multiplier:2');
    expect(r.error?.code).toBe('calc_one_of');
    expect(r.error?.message).toBe('Give only one of these options: margin_rate, markup_rate, multiplier.');
  });
});
