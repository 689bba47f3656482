import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28
});
afterEach(async () => {
  await core.close();
});

const ok = async (text: string, o: Parameters<typeof core.run>[1] = {}) => {
  const r = await core.run(text, o);
  expect(r.error, `${text}: ${r.error?.message}`).toBeUndefined();
  return r;
};
// biome-ignore lint/suspicious/noExplicitAny: JSON shapes of replies, asserted field by field
type Data = Record<string, any>;

describe('/campaign', () => {
  it('creates a campaign with methods, target and reps, and refuses bad input without writing', async () => {
    await ok('/campaign list'); // alice joins first: admin
    const r = await ok(
      '/campaign create "Relance artisans" from:2026-11-02 to:2026-11-29 methods:"phoning, porte-à-porte, visites" customer_type:b2b sector:BTP reps:Alice target_size:120 offer:"Audit offert"',
    );
    const c = (r.data as Data).campaign;
    expect(c).toMatchObject({
      id: 'C-1',
      methods: ['phoning', 'door_to_door', 'visits'],
      repIds: ['cli:alice'],
      targetSize: 120,
      target: { customerType: 'b2b', sector: 'BTP' },
      status: 'open',
    });
    const before = await core.snapshot();
    const bad = await core.run('/campaign create "Autre" methods:"phoning, pigeons"');
    expect(bad.error?.code).toBe('invalid_methods');
    expect(bad.error?.message).toContain('pigeons');
    expect((await core.run('/campaign create "X" from:2026-12-10 to:2026-12-01')).error?.code).toBe(
      'campaign_period_reversed',
    );
    expect((await core.run('/campaign create "Y"', { user: 'bob' })).error?.code).toBe('forbidden');
    expect(await core.snapshot()).toEqual(before);
  });

  it('a campaign with no activity: zero objectives give null attainment, costs give null ratios', async () => {
    await ok('/campaign create "Vide" from:2026-11-02 to:2026-11-29');
    await ok('/campaign objective add C-1 metric:appointments target:0');
    await ok('/campaign objective add C-1 metric:signed target:4');
    await ok('/campaign objective add C-1 text:"Tester le nouvel argumentaire"');
    await ok('/campaign cost add C-1 label:"Fichier" amount:300 category:file');
    const d = (await ok('/dashboard C-1')).data as Data;
    expect(d.objectives.map((o: Data) => [o.target, o.realised, o.attainment.value])).toEqual([
      [0, 0, null],
      [4, 0, 0],
    ]);
    // today is day 27 of 28: 4 × 27/28 expected; 4 left in the last day (1/7 week) → 28 a week
    expect(d.objectives[1].pace).toMatchObject({
      weeks: 4,
      expected_to_date: (4 * 27) / 28,
      on_track: false,
    });
    expect(d.objectives[1].pace.required_pace).toBeCloseTo(28, 10);
    expect(d.qualitative).toEqual([
      { id: 'O-3', kind: 'qualitative', text: 'Tester le nouvel argumentaire', done: false },
    ]);
    const p = (await ok('/profitability C-1')).data as Data;
    expect(p.cost_total).toBe(300);
    expect(p.cost_per_visit).toEqual({ numerator: 300, denominator: 0, value: null });
    expect(p.cac.value).toBeNull();
    expect(p.margin_generated).toBe(0);
    expect(p.profit).toBe(-300);
    expect(p.roi).toEqual({ numerator: -300, denominator: 300, value: -1 });
    expect(p.break_even_signatures).toBeNull();
    const done = await ok('/campaign objective done C-1 objective:O-3 comment:"bon accueil"');
    expect((done.data as Data).campaign.objectives[2]).toMatchObject({ done: true, comment: 'bon accueil' });
  });

  it('dashboard and profitability on a worked campaign (DOMAIN §3)', async () => {
    await ok('/campaign create "Op" from:2026-11-02 to:2026-11-29 target_size:50');
    await ok('/campaign rates hourly_cost:30 km_rate:0,5 markup:40');
    await ok('/campaign objective add C-1 metric:appointments target:4');
    await ok('/campaign objective add C-1 metric:signed target:2 per:week');
    await ok('/campaign cost add C-1 label:Stand amount:500 category:stand');
    const logs = [
      'kind:call outcome:no_answer prospect:A date:2026-11-03 duration:5',
      'kind:call outcome:appointment prospect:B date:2026-11-03 duration:10',
      'kind:call outcome:appointment prospect:C date:2026-11-04 duration:15',
      'kind:call outcome:refused prospect:D date:2026-11-04 duration:10',
      'kind:visit outcome:signed prospect:B date:2026-11-24 amount:2000 margin:900 duration:60 travel:20 km:30',
      'kind:visit outcome:signed prospect:C date:2026-11-25 amount:1000 duration:40 travel:20 km:20',
    ];
    for (const l of logs) await ok(`/log ${l} campaign:C-1`);
    await ok('/log kind:call outcome:reached prospect:E date:2026-11-05'); // not in the campaign
    const d = (await ok('/dashboard C-1')).data as Data;
    expect(d.stages).toMatchObject({ targeted: 50, attempted: 4, appointment: 2, visited: 2, signed: 2 });
    expect(d.objectives[0].attainment).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(d.objectives[1]).toMatchObject({
      per: 'week',
      week: { from: '2026-11-23', to: '2026-11-29' },
      realised: 2,
    });
    expect(d.objectives[1].attainment.value).toBe(1);
    const p = (await ok('/profitability C-1')).data as Data;
    // time 3 h × 30 = 90, travel 50 km × 0,5 = 25, stand 500: 615 €
    expect(p.costs.time).toMatchObject({ minutes: 180, cost: 90 });
    expect(p.cost_total).toBe(615);
    expect(p.cost_per_visit).toEqual({ numerator: 615, denominator: 2, value: 307.5 });
    expect(p.cac).toEqual({ numerator: 615, denominator: 2, value: 307.5 });
    // margin: 900 logged + 1 000 × 40 % = 1 300
    expect(p.margin_base).toBe('mixed');
    expect(p.margin_generated).toBe(1300);
    expect(p.profit).toBe(685);
    expect(p.roi.value).toBeCloseTo(685 / 615, 12);
    expect(p.break_even_signatures).toBeCloseTo(615 / 650, 12);
    const text = (await ok('/profitability C-1', { locale: 'fr' })).blocks.find(
      (b) => b.type === 'table' && b.rows.some((row) => row[0] === 'Coût de la visite'),
    );
    expect(text?.type === 'table' && text.rows.find((row) => row[0] === 'Coût de la visite')?.[1]).toBe(
      '307,50\u00a0€ (615,00\u00a0€ / 2)',
    );
  });
});

describe('/prospect qualify and list', () => {
  it('stores score and priority, sorts and filters by them, follows the edited grid', async () => {
    await ok('/prospect add "Garage Dupont"');
    await ok('/prospect add "Boulangerie Martin"');
    const q = await ok('/prospect qualify "Garage Dupont" budget:3 authority:2 need:3 timing:1');
    expect(q.data).toMatchObject({ score: 75, priority: 'hot' });
    expect((await core.run('/prospect qualify P-2 budget:1')).error?.code).toBe('qualification_incomplete');
    await ok('/prospect qualify P-2 budget:1 authority:1 need:1 timing:1');
    const list = (await ok('/prospect list sort:score')).data as Data;
    expect(list.prospects.map((p: Data) => [p.id, p.qualification.priority])).toEqual([
      ['P-1', 'hot'],
      ['P-2', 'cold'],
    ]);
    expect(((await ok('/prospect list priority:hot')).data as Data).total).toBe(1);
    await ok('/prospect grid budget:0 need:2 hot:80');
    // budget ignored: (2×1 + 2×3 + 1×1) / (3 × 4) × 100 = 75 → warm under hot:80
    expect((await ok('/prospect qualify P-1')).data).toMatchObject({ score: 75, priority: 'warm' });
  });
});

describe('/plan', () => {
  it('time: working days of the campaign, capacity and team size from its objectives', async () => {
    await ok('/campaign create "Nov" from:2026-11-02 to:2026-11-29 reps:Alice');
    await ok('/campaign objective add C-1 metric:visits target:150');
    const d = (await ok('/plan time C-1 other_tasks:4')).data as Data;
    // 20 weekdays less 11 November = 19 days × 7 h − 4 h × 19/5 = 117,8 h; 1,5 h a visit
    expect(d.working_days).toBe(19);
    expect(d.holidays).toEqual(['2026-11-11']);
    expect(d.time_available).toBeCloseTo(117.8, 10);
    expect(d.time_needed).toBe(225);
    expect(d.capacity).toBeCloseTo(117.8 / 1.5, 10);
    expect(d.team_size).toBeCloseTo(150 / (117.8 / 1.5), 10);
    expect(d.feasible).toBe(false);
  });

  it('route: orders real postal codes to the shortest round trip, great-circle distances', async () => {
    // Commune / arrondissement centres (WGS84): Lyon 1er, Villeurbanne, Vénissieux, Caluire-et-Cuire.
    const places = [
      ['Lyon 1', '69001', 45.7676, 4.8344],
      ['Villeurbanne', '69100', 45.7719, 4.8902],
      ['Venissieux', '69200', 45.6975, 4.8867],
      ['Caluire', '69300', 45.7953, 4.8464],
    ] as const;
    for (const [name, cp, lat, lon] of places) {
      await ok(`/prospect add "${name}" postal_code:${cp}`);
      await ok(`/prospect locate "${name}" lat:${lat} lon:${lon}`);
    }
    // A real postal code (Saint-Cyr-au-Mont-d'Or) whose commune GeoNames' cities500 lacks.
    await ok('/prospect add "Inconnu" postal_code:69450');
    const r = await ok(
      // Hours without a lunch break: the total is then driving + visits (test/planning/route-hours.test.ts has the break).
      '/plan route date:2026-12-01 prospects:"P-3, P-1, P-5, P-4, P-2" from:45.7324,4.8395 speed:50 hours:"7:00-13:00, 13:00-20:00"',
    );
    const d = r.data as Data;
    // Hand-computed (spherical law of cosines, R = 6 371,0088 km): start–Vénissieux 5,3375;
    // Vénissieux–Villeurbanne 8,2774; Villeurbanne–Caluire 4,2785; Caluire–Lyon 1 3,2176; Lyon 1–start 3,9340.
    const order = d.stops.map((s: Data) => s.postalCode);
    expect([order, [...order].reverse()]).toContainEqual(['69200', '69100', '69300', '69001']);
    expect(d.distance_km).toBeCloseTo(25.045, 2);
    const legs = [...d.stops.map((s: Data) => s.leg_km), d.return_km];
    const expected =
      order[0] === '69200'
        ? [5.3375, 8.2774, 4.2785, 3.2176, 3.934]
        : [3.934, 3.2176, 4.2785, 8.2774, 5.3375];
    for (const [i, km] of legs.entries()) expect(km).toBeCloseTo(expected[i] as number, 3);
    // 25,045 km at 50 km/h ≈ 30 min driving + 4 × 60 min of visits
    expect(d.drive_min).toBeCloseTo((25.045 / 50) * 60, 1);
    expect(d.total_min).toBeCloseTo(240 + (25.045 / 50) * 60, 1);
    expect(d.unlocated).toEqual([{ prospectId: 'P-5', name: 'Inconnu', postalCode: '69450' }]);
    expect(r.blocks.some((b) => b.type === 'text' && b.text.includes('Inconnu (P-5)'))).toBe(true);
    expect(r.blocks.find((b) => b.type === 'chart')?.type).toBe('chart');
  });

  it('route: locates prospects from their postal code alone, offline, and starts from a postal code', async () => {
    for (const [name, cp, city] of [
      ['Boulangerie Martin', '69001', 'Lyon'],
      ['Garage Perret', '69100', 'Villeurbanne'],
      ['Fleurs Brun', '69200', 'Vénissieux'],
      ['Cave Rey', '69300', 'Caluire-et-Cuire'],
    ] as const)
      await ok(`/prospect add "${name}" postal_code:${cp} city:"${city}"`);
    const r = await ok('/plan tournée date:2026-12-01 prospects:"P-1, P-2, P-3, P-4" départ:69007');
    const d = r.data as Data;
    // Table centres (GeoNames): Lyon 7e 45.7453,4.842 (start); Lyon 1er 45.7676,4.8345; Villeurbanne
    // 45.766,4.8795; Vénissieux 45.6971,4.8859; Caluire-et-Cuire 45.7946,4.8464. Shortest of the 24
    // orders by hand (law of cosines, R = 6 371,0088 km): 2,5470 + 3,1409 + 4,0868 + 7,6774 + 6,3514.
    expect(d.start).toEqual({ lat: 45.7453, lon: 4.842 });
    const order = d.stops.map((s: Data) => s.postalCode);
    expect([order, [...order].reverse()]).toContainEqual(['69001', '69300', '69100', '69200']);
    expect(d.distance_km).toBeCloseTo(23.8035, 3);
    const legs = [...d.stops.map((s: Data) => s.leg_km), d.return_km];
    const expected = [2.547, 3.1409, 4.0868, 7.6774, 6.3514];
    for (const [i, km] of legs.entries())
      expect(km).toBeCloseTo((order[0] === '69001' ? expected : [...expected].reverse())[i] as number, 3);
    expect(d.stops.map((s: Data) => s.located_by)).toEqual(Array(4).fill('postal_code'));
    expect(d.stops.find((s: Data) => s.postalCode === '69001')).toMatchObject({
      commune: 'Lyon 1er Arrondissement',
      lat: 45.7676,
      lon: 4.8345,
      approx: true,
    });
    expect(d.unlocated).toEqual([]);
    expect(r.blocks.some((b) => b.type === 'text' && b.text.includes('centre de la commune'))).toBe(true);
    const bad = await core.run('/plan route date:2026-12-01 prospects:"P-1" from:99999');
    expect(bad.error).toMatchObject({ code: 'route_start_unknown', field: 'from' });
  });
});
