import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

const prospectOf = (name: string) =>
  core.store.transact('local:acme', (tx) => tx.prospects.all().find((p) => p.name === name));

describe('existing customers imported as such, with their « client depuis » date', () => {
  it('keeps the file’s date, so a re-order is neither a conquest nor a new customer for the CAC', async () => {
    const csv = 'Nom;Statut;Client depuis\nBoulangerie Martin;client;15/03/2019\nGarage Durand;prospect;\n';
    const r = await core.run('/importer prospects fichier:p.csv', { files: { 'p.csv': Buffer.from(csv) } });
    expect(r.error).toBeUndefined();
    expect(await prospectOf('Boulangerie Martin')).toMatchObject({
      status: 'customer',
      customerSince: '2019-03-15',
    });
    expect((await prospectOf('Garage Durand'))?.customerSince).toBeUndefined();

    await core.run('/campaign create Relance from:2026-11-01 to:2026-11-30');
    await core.run('/campaign cost add C-1 label:Fichier amount:300');
    await core.run(
      '/log kind:visit outcome:signed prospect:"Boulangerie Martin" campaign:C-1 amount:800 date:2026-11-10',
    );
    expect(await prospectOf('Boulangerie Martin')).toMatchObject({ customerSince: '2019-03-15' });
    const funnel = await core.run('/funnel period:2026-11-01..2026-11-30');
    expect(
      (funnel.data as { ratios: { conquest_rate: { numerator: number } } }).ratios.conquest_rate.numerator,
    ).toBe(0);
    const profitability = await core.run('/profitability C-1');
    expect(profitability.data?.cac).toEqual({ numerator: 300, denominator: 0, value: null });
  });

  it('is typed by hand too, and a date in the future is refused naming the field', async () => {
    const add = await core.run('/prospect add "Café Rivoli" client_depuis:2021-06-01', { locale: 'fr' });
    expect(add.error).toBeUndefined();
    expect(await prospectOf('Café Rivoli')).toMatchObject({
      status: 'customer',
      customerSince: '2021-06-01',
    });
    const future = await core.run('/prospect add "Café Futur" client_depuis:2030-01-01', { locale: 'fr' });
    expect(future.error?.field).toBe('customer_since');
    expect(future.error?.message).toContain('client_depuis');
    expect(await prospectOf('Café Futur')).toBeUndefined();
  });

  it('refuses a « client depuis » date on a row whose status is not customer', async () => {
    const r = await core.run('/prospect add "Atelier Nord" statut:prospect client_depuis:2021-06-01', {
      locale: 'fr',
    });
    expect(r.error?.field).toBe('customer_since');
    expect(r.error?.message).toContain('client_depuis');
  });
});
