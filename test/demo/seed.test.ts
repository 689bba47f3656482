import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { orgChartCollection } from '../../src/company/org-chart.ts';
import { personasCollection } from '../../src/company/personas.ts';
import { companyCollection, PROFILE_FIELDS, sirenProblem } from '../../src/company/profile.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { Activity, Prospect } from '../../src/domain/entities.ts';
import { networkCollection, networkObjectivesCollection } from '../../src/network/entities.ts';
import { salesData } from '../../src/portfolio/collection.ts';
import type { Store } from '../../src/store/index.ts';

/** Wednesday 25 November 2026, 15:30 in Paris: the current ISO week runs from Monday the 23rd. */
const NOW = new Date('2026-11-25T14:30:00Z');
const TEAM = 'local:demo';

const weekday = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay();

describe('seedDemo', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  const newStore = async (): Promise<Store> => {
    const dir = await mkdtemp(join(tmpdir(), 'prospecta-demo-'));
    const store = await openAppStore(dir);
    dirs.push(dir);
    stores.push(store);
    return store;
  };
  const read = (store: Store) =>
    store.transact(TEAM, (tx) => ({
      team: tx.team,
      members: tx.members.all(),
      campaigns: tx.campaigns.all(),
      prospects: tx.prospects.all(),
      activities: tx.activities.all(),
      salesLines: salesData(tx).lineCount,
    }));
  let store: Store;
  let summary: string;
  // One seeded store for every test: seeding takes a good half second.
  beforeAll(async () => {
    store = await newStore();
    summary = await seedDemo(store, { team: 'demo', now: NOW });
  });
  afterAll(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('creates the team its summary describes', async () => {
    const data = await read(store);
    const dates = data.activities.map((a) => a.date).sort();
    const count = new Intl.NumberFormat('fr-FR').format(data.activities.length);
    expect(summary).toBe(
      `Équipe démo « demo » prête : 4 membres, 150 prospects, 2 opérations, ${count} actions du ${dates[0]} au ${dates.at(-1)}, ` +
        `${new Intl.NumberFormat('fr-FR').format(data.salesLines)} lignes de ventes sur trois ans. ` +
        'Essayez : prospecta run --team demo "/entonnoir cette-semaine"',
    );
    expect(data.team).toMatchObject({
      name: 'Démo — Habitat Confort Lyon',
      settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
    });
    expect(data.members.map((m) => [m.id, m.displayName, m.role])).toEqual([
      ['demo:thomas', 'Thomas Leroy', 'manager'],
      ['demo:alice', 'Alice Martin', 'rep'],
      ['demo:karim', 'Karim Benali', 'rep'],
      ['demo:chloe', 'Chloé Dubois', 'rep'],
    ]);
    expect(data.campaigns.map((c) => [c.id, c.name, c.targetSize])).toEqual([
      ['C-1', 'Salon Habitat Lyon', 80],
      ['C-2', 'Relance commerces de proximité', 60],
    ]);
    expect(new Set(data.prospects.map((p) => p.id)).size).toBe(150);
    expect(new Set(data.prospects.map((p) => p.name)).size).toBe(150);
    expect(data.activities.length).toBeGreaterThan(1000);
    expect(dates[0]).toBe('2026-08-25');
  });

  it('adds nothing when the team already has activities', async () => {
    const before = await read(store);
    const again = await seedDemo(store, { team: 'demo', now: new Date('2026-12-01T10:00:00Z') });
    expect(again).toContain('existe déjà');
    expect(again).toContain('already has data');
    expect(await read(store)).toEqual(before);
  });

  it('dates every action on a past weekday, never after now', async () => {
    const { activities } = await read(store);
    for (const a of activities) {
      expect(a.date <= '2026-11-25', a.id).toBe(true);
      expect([1, 2, 3, 4, 5], a.id).toContain(weekday(a.date));
      expect(Date.parse(a.createdAt) <= NOW.getTime(), a.id).toBe(true);
      if (a.date === '2026-11-25' && a.time !== undefined) expect(a.time <= '15:30', a.id).toBe(true);
    }
    expect(activities.some((a) => a.date === '2026-11-11')).toBe(false); // Armistice Day
  });

  it('gives the current week a real funnel, even early on a Monday', async () => {
    const week = (acts: Activity[], from: string, to: string) =>
      acts.filter((a) => a.date >= from && a.date <= to);
    const thisWeek = week((await read(store)).activities, '2026-11-23', '2026-11-25');
    expect(thisWeek.length).toBeGreaterThanOrEqual(20);
    for (const outcome of ['no_answer', 'reached', 'refused', 'appointment'] as const) {
      expect(
        thisWeek.some((a) => a.outcome === outcome),
        outcome,
      ).toBe(true);
    }
    expect(thisWeek.some((a) => a.kind === 'visit' || a.kind === 'meeting')).toBe(true);

    const monday = await newStore();
    await seedDemo(monday, { team: 'demo', now: new Date('2026-11-23T06:00:00Z') });
    expect(week((await read(monday)).activities, '2026-11-23', '2026-11-23').length).toBeGreaterThanOrEqual(
      20,
    );
  });

  it('makes every signing prospect a customer from its first signature', async () => {
    const { prospects, activities } = await read(store);
    const byId = new Map<string, Prospect>(prospects.map((p) => [p.id, p]));
    const signed = activities.filter((a) => a.outcome === 'signed');
    expect(signed.length).toBeGreaterThan(10);
    for (const a of signed) {
      const p = byId.get(a.prospectId);
      expect(p?.status, a.prospectId).toBe('customer');
      expect((p?.customerSince ?? '9999') <= a.date, a.prospectId).toBe(true);
      expect(a.amount).toBeGreaterThanOrEqual(800);
      expect(a.amount).toBeLessThanOrEqual(15_000);
      const markup = (a.margin ?? 0) / (a.amount ?? 1);
      expect(markup).toBeGreaterThanOrEqual(0.29);
      expect(markup).toBeLessThanOrEqual(0.46);
    }
    const newCustomers = prospects.filter(
      (p) => p.customerSince !== undefined && p.customerSince >= '2026-08-25',
    );
    for (const p of newCustomers) {
      const first = signed
        .filter((a) => a.prospectId === p.id)
        .map((a) => a.date)
        .sort()[0];
      expect(p.customerSince, p.id).toBe(first);
    }
    expect(
      prospects.filter((p) => p.customerSince !== undefined && p.customerSince < '2026-01-01').length,
    ).toBeGreaterThan(0);
  });

  it('acts on a prospect only once it is on file, and calls consumers only with their consent', async () => {
    const { prospects, activities } = await read(store);
    const byId = new Map<string, Prospect>(prospects.map((p) => [p.id, p]));
    for (const a of activities) {
      const p = byId.get(a.prospectId);
      expect(p, a.id).toBeDefined();
      expect(a.createdAt >= (p?.createdAt ?? ''), a.id).toBe(true);
    }
    const consumerCalls = activities.filter(
      (a) => a.kind === 'call' && byId.get(a.prospectId)?.type === 'b2c',
    );
    expect(consumerCalls.length).toBeGreaterThan(0);
    for (const a of consumerCalls) {
      expect(byId.get(a.prospectId)?.consent.status, a.id).not.toBe('unknown');
      // Legal hours; today's calls after `now` carry no time.
      const legal =
        a.time === undefined || (a.time >= '10:00' && a.time < '20:00' && !a.time.startsWith('13:'));
      expect(legal && (a.time !== undefined || a.date === '2026-11-25'), a.id).toBe(true);
      const month = consumerCalls.filter(
        (b) =>
          b.prospectId === a.prospectId &&
          b.date <= a.date &&
          Date.parse(b.date) > Date.parse(a.date) - 30 * 86_400_000,
      );
      expect(month.length, a.id).toBeLessThanOrEqual(4);
    }
  });

  it('calls with roughly the outcome mix of a real file', async () => {
    const calls = (await read(store)).activities.filter((a) => a.kind === 'call');
    const share = (o: string) => calls.filter((a) => a.outcome === o).length / calls.length;
    expect(share('no_answer')).toBeGreaterThan(0.3);
    expect(share('no_answer')).toBeLessThan(0.5);
    expect(share('appointment')).toBeGreaterThan(0.07);
    expect(share('appointment')).toBeLessThan(0.15);
  });

  it('is the same for the same now', async () => {
    const other = await newStore();
    await seedDemo(other, { team: 'demo', now: NOW });
    const [a, b] = [await read(store), await read(other)];
    expect(b.activities).toEqual(a.activities);
    expect(b.prospects).toEqual(a.prospects);
  });

  it('gives the dossier a company profile, an org chart, personas and a network', async () => {
    const data = await store.transact(TEAM, (tx) => ({
      company: tx.collection(companyCollection).get('team'),
      roles: tx.collection(orgChartCollection).all(),
      personas: tx.collection(personasCollection).all(),
      network: tx.collection(networkCollection).all(),
      objectives: tx.collection(networkObjectivesCollection).all(),
      campaigns: tx.campaigns.all(),
    }));
    expect(data.company?.name).toBe('Habitat Confort Lyon');
    expect(sirenProblem(data.company?.siren ?? '')).toBeNull();
    for (const f of PROFILE_FIELDS) expect(data.company?.[f], f).toBeDefined();
    expect(data.roles.length).toBe(11);
    // Every box but the top one reports to a box of the chart.
    const ids = new Set(data.roles.map((r) => r.id));
    expect(data.roles.filter((r) => !r.reportsTo).map((r) => r.id)).toEqual(['R-1']);
    expect(data.roles.every((r) => !r.reportsTo || ids.has(r.reportsTo))).toBe(true);
    expect(data.personas.map((p) => p.customerType)).toEqual(['b2c', 'b2b']);
    expect(data.campaigns.map((c) => c.personaIds)).toEqual([['PE-1'], ['PE-2']]);
    expect(new Set(data.network.map((c) => c.type))).toEqual(
      new Set(['personal', 'vertical', 'horizontal', 'transversal']),
    );
    expect(new Set(data.network.map((c) => c.strength))).toEqual(new Set([1, 2, 3]));
    expect(data.network.every((c) => (c.lastExchange ?? '') <= '2026-11-25')).toBe(true);
    // Alice's three, and one or two for each other member: every member's dossier lists some.
    expect(data.objectives.filter((o) => o.ownerId === 'demo:alice').map((o) => o.done)).toEqual([
      true,
      false,
      false,
    ]);
    expect(new Set(data.objectives.map((o) => o.ownerId))).toEqual(
      new Set(['demo:alice', 'demo:thomas', 'demo:karim', 'demo:chloe']),
    );
  });
});
