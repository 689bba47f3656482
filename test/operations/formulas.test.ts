import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/campaigns/costs.ts';
import { signedFigures } from '../../src/campaigns/margin.ts';
import { attainment, paceOf } from '../../src/campaigns/objectives.ts';
import { profitability } from '../../src/campaigns/profitability.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { easterSunday, frenchHolidays, workingDays } from '../../src/planning/calendar.ts';
import { timePlan } from '../../src/planning/time-plan.ts';
import { qualify } from '../../src/qualification/qualify.ts';

const act = (o: Partial<Activity>): Activity => ({
  id: `A-${Math.random()}`,
  kind: 'call',
  outcome: 'reached',
  prospectId: 'P-1',
  repId: 'cli:alice',
  date: '2026-11-02',
  source: 'chat',
  createdAt: '2026-11-02T09:00:00Z',
  createdBy: 'cli:alice',
  ...o,
});

const rates = { hourlyCost: 30, repHourlyCosts: { 'cli:bob': 40 }, kmRate: 0.5 };

describe('cost of an operation (DOMAIN §3)', () => {
  it('adds fixed items, time × loaded hourly cost per rep and km × rate', () => {
    const activities = [
      act({ durationMin: 60, travelMin: 30 }), // Alice: 1,5 h × 30 = 45
      act({ repId: 'cli:bob', kind: 'visit', durationMin: 90, travelMin: 30, km: 40 }), // Bob: 2 h × 40 = 80, 40 km
      act({ km: 10 }), // no duration logged
    ];
    const c = operationCost(
      activities,
      [{ id: 'F-1', label: 'Fichier', category: 'file', amount: 300 }],
      rates,
    );
    expect(c.fixed.total).toBe(300);
    expect(c.time).toEqual({ minutes: 210, cost: 125, withoutDuration: 1 });
    expect(c.travel).toEqual({ km: 50, rate: 0.5, cost: 25 });
    expect(c.total).toBe(450);
  });
});

describe('margin generated and profitability', () => {
  it('uses logged margins, else revenue × markup rate, and says which base', () => {
    const signed = [
      act({ outcome: 'signed', amount: 10_000, margin: 3_000 }),
      act({ outcome: 'signed', amount: 5_000 }),
    ];
    expect(signedFigures(signed, 0.25)).toMatchObject({
      signed: 2,
      revenue: 15_000,
      margin: 4_250,
      base: 'mixed',
    });
    expect(signedFigures(signed.slice(0, 1), null)).toMatchObject({ margin: 3_000, base: 'logged' });
    expect(signedFigures(signed.slice(1), 0.25)).toMatchObject({ margin: 1_250, base: 'markup' });
    // no markup rate and a signature without margin: unknown, not 0
    expect(signedFigures(signed, null)).toMatchObject({ margin: null, unknownMargin: 1 });
    expect(signedFigures([], null)).toMatchObject({ signed: 0, margin: 0, base: 'none' });
  });

  it('cost per visit, ROI on margin and break-even signatures (worked example)', () => {
    // Cost 4 000 €; 200 attempts, 40 appointments, 32 visits, 4 new customers; 5 signatures, margin 6 000 €.
    const costs = operationCost([], [{ id: 'F-1', label: 'Stand', category: 'stand', amount: 4_000 }], rates);
    const signed = {
      signed: 5,
      revenue: 20_000,
      margin: 6_000,
      base: 'logged' as const,
      loggedMargin: 6_000,
      estimatedMargin: 0,
      unknownMargin: 0,
    };
    const p = profitability({
      costs,
      signed,
      counts: { attempted: 200, appointment: 40, visited: 32, newCustomers: 4 },
    });
    expect(p.cost_per_contact).toEqual({ numerator: 4_000, denominator: 200, value: 20 });
    expect(p.cost_per_appointment.value).toBe(100);
    expect(p.cost_per_visit).toEqual({ numerator: 4_000, denominator: 32, value: 125 });
    expect(p.cac.value).toBe(1_000);
    expect(p.margin_generated).toBe(6_000);
    expect(p.profit).toBe(2_000); // margin − cost, not revenue − cost
    expect(p.roi).toEqual({ numerator: 2_000, denominator: 4_000, value: 0.5 });
    // average margin 1 200 € a signature: 4 000 / 1 200 = 3,33 signatures
    expect(p.break_even_signatures).toBeCloseTo(10 / 3, 12);
  });

  it('gives null, never 0 or Infinity, when a denominator is 0', () => {
    const costs = operationCost([], [], rates);
    const none = {
      signed: 0,
      revenue: 0,
      margin: 0,
      base: 'none' as const,
      loggedMargin: 0,
      estimatedMargin: 0,
      unknownMargin: 0,
    };
    const p = profitability({
      costs,
      signed: none,
      counts: { attempted: 0, appointment: 0, visited: 0, newCustomers: 0 },
    });
    expect(p.cost_per_visit.value).toBeNull();
    expect(p.cac.value).toBeNull();
    expect(p.roi?.value).toBeNull();
    expect(p.break_even_signatures).toBeNull();
    expect(p.profit).toBe(0);
  });
});

describe('objectives', () => {
  it('attainment is realised / objective, null for an objective of 0', () => {
    expect(attainment(32, 40)).toEqual({ numerator: 32, denominator: 40, value: 0.8 });
    expect(attainment(5, 0).value).toBeNull();
    expect(attainment(null, 10)).toEqual({ numerator: null, denominator: 10, value: null });
  });

  it('pace is linear over the campaign weeks', () => {
    // 28 days (4 weeks), today is day 14: half the target is expected.
    const p = paceOf(40, 15, { from: '2026-11-02', to: '2026-11-29' }, '2026-11-15');
    expect(p.weeks).toBe(4);
    expect(p.weekly_pace).toBe(10);
    expect(p.expected_to_date).toBe(20);
    expect(p.on_track).toBe(false);
    expect(p.required_pace).toBe(12.5); // 25 left over 2 weeks
    expect(paceOf(40, 40, { from: '2026-11-02', to: '2026-11-29' }, '2026-12-10').required_pace).toBeNull();
  });
});

describe('qualification (weighted BANT)', () => {
  const grid = { weights: { budget: 1, authority: 1, need: 1, timing: 1 }, hotFrom: 70, warmFrom: 40 };
  it('scores Σ w × s / (3 Σ w) × 100 and sets the priority from the thresholds', () => {
    expect(qualify({ budget: 3, authority: 2, need: 3, timing: 1 }, grid)).toEqual({
      score: 75,
      priority: 'hot',
    });
    expect(qualify({ budget: 1, authority: 1, need: 2, timing: 1 }, grid)).toEqual({
      score: (5 / 12) * 100,
      priority: 'warm',
    });
    // need weighted 3: (1×1 + 1×0 + 3×3 + 1×0) / (3 × 6) × 100 = 55,6
    const weighted = { ...grid, weights: { budget: 1, authority: 1, need: 3, timing: 1 } };
    expect(qualify({ budget: 1, authority: 0, need: 3, timing: 0 }, weighted)?.score).toBeCloseTo(
      1000 / 18,
      12,
    );
    expect(qualify({ budget: 0, authority: 1, need: 1, timing: 0 }, grid)?.priority).toBe('cold');
    expect(qualify({}, { ...grid, weights: { budget: 0, authority: 0, need: 0, timing: 0 } })).toBeNull();
  });
});

describe('time planning', () => {
  it('French public holidays: fixed dates and Easter-based ones', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(frenchHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    // May 2026: 21 weekdays less 1, 8, 14 and 25 May = 17
    expect(workingDays({ from: '2026-05-01', to: '2026-05-31' })).toEqual({
      days: 17,
      holidays: ['2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25'],
    });
  });

  it('capacity = available / per-visit time; team size = visits / capacity', () => {
    // 20 days × 7 h − 2 h a week × 4 weeks = 132 h; a visit takes 1 h + 0,5 h travel.
    const p = timePlan({
      workingDays: 20,
      hoursPerDay: 7,
      otherHoursPerWeek: 2,
      leaveDays: 0,
      reps: 2,
      visits: 200,
      calls: 600,
      visitMin: 60,
      travelMin: 30,
      callMin: 5,
    });
    expect(p.time_available).toBe(132);
    expect(p.time_available_team).toBe(264);
    expect(p.time_needed).toBe(350); // 200 × 1,5 + 600 × 5 / 60
    expect(p.capacity).toBe(88);
    expect(p.team_size).toBeCloseTo(200 / 88, 12);
    expect(p.reps_needed).toBeCloseTo(350 / 132, 12);
    expect(p.feasible).toBe(false);
    expect(
      timePlan({
        workingDays: 20,
        hoursPerDay: 7,
        otherHoursPerWeek: 0,
        leaveDays: 20,
        reps: 1,
        visits: 10,
        calls: 0,
        visitMin: 0,
        travelMin: 0,
        callMin: 5,
      }),
    ).toMatchObject({ capacity: null, team_size: null, reps_needed: null });
  });
});
