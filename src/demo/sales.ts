import type { Activity } from '../domain/entities.ts';
import { salesData } from '../portfolio/collection.ts';
import { SalesFileLines, type SalesLineValues } from '../portfolio/sales-lines.ts';
import { stageSales } from '../portfolio/stage-sales.ts';
import type { TeamTx } from '../store/types.ts';
import { addDays, type DemoCalendar, isPublicHoliday } from './calendar.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { Rng } from './random.ts';
import type { ProspectState } from './state.ts';

/** The invoicing's customer categories: households make ~70 % of the revenue (the company profile). */
const HOUSEHOLDS = 'Particuliers';
const BUSINESSES = 'Commerces et TPE';

/** Product families with the usual order size (HT, €) and markup rate (taux de marque) range. */
interface Family {
  /** The demo's service (market.ts) the family invoices. */
  readonly service: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly markup: readonly [number, number];
  readonly weight: number;
}
const B2C: readonly Family[] = [
  {
    service: 'isolation des combles',
    name: 'Isolation',
    min: 1_500,
    max: 4_500,
    markup: [0.38, 0.46],
    weight: 30,
  },
  {
    service: 'pompe à chaleur air-eau',
    name: 'Pompes à chaleur',
    min: 9_000,
    max: 15_000,
    markup: [0.3, 0.36],
    weight: 18,
  },
  {
    service: 'fenêtres double vitrage',
    name: 'Menuiseries',
    min: 3_000,
    max: 11_000,
    markup: [0.32, 0.4],
    weight: 20,
  },
  {
    service: 'panneaux photovoltaïques',
    name: 'Photovoltaïque',
    min: 7_000,
    max: 15_000,
    markup: [0.26, 0.32],
    weight: 10,
  },
  {
    service: 'poêle à granulés',
    name: 'Chauffage bois',
    min: 4_000,
    max: 8_000,
    markup: [0.3, 0.36],
    weight: 10,
  },
  {
    service: 'VMC double flux',
    name: 'Ventilation',
    min: 4_000,
    max: 8_000,
    markup: [0.34, 0.42],
    weight: 12,
  },
];
const B2B: readonly Family[] = [
  { service: 'relamping LED', name: 'Éclairage LED', min: 800, max: 4_000, markup: [0.4, 0.5], weight: 25 },
  {
    service: 'climatisation réversible',
    name: 'Climatisation',
    min: 3_000,
    max: 12_000,
    markup: [0.3, 0.38],
    weight: 20,
  },
  {
    service: 'isolation de la toiture',
    name: 'Isolation',
    min: 4_000,
    max: 15_000,
    markup: [0.36, 0.44],
    weight: 15,
  },
  {
    service: 'pompe à chaleur air-air',
    name: 'Pompes à chaleur',
    min: 5_000,
    max: 15_000,
    markup: [0.3, 0.36],
    weight: 15,
  },
  {
    service: 'menuiseries et vitrine isolante',
    name: 'Menuiseries',
    min: 3_000,
    max: 12_000,
    markup: [0.32, 0.4],
    weight: 15,
  },
  {
    service: 'audit énergétique',
    name: 'Audit énergétique',
    min: 800,
    max: 1_500,
    markup: [0.55, 0.65],
    weight: 10,
  },
];
/** The yearly maintenance contract of a heat pump or an air conditioner (the loyalty action of the profile). */
const UPKEEP = 'Entretien';
const UPKEEP_FAMILIES = new Set(['Pompes à chaleur', 'Climatisation']);

/** Orders a month, by month (January first): little in August and at Christmas, peaks in spring and autumn. */
const SEASON = [0.8, 0.9, 1.1, 1.2, 1.1, 1.0, 0.8, 0.35, 1.1, 1.3, 1.2, 0.75];
/** Household and business orders a month in an average month of the first year; +8 % a year after. */
const HOUSEHOLD_ORDERS = 14;
const BUSINESS_ORDERS = 6;
const GROWTH = 0.08;

interface Customer {
  ref: string;
  name: string;
  segment: string;
  upkeepFrom?: string;
  upkeepFee: number;
}

const round10 = (n: number) => Math.round(n / 10) * 10;
const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * Three years of invoiced sales up to today, as the company's invoicing would export them: new
 * households and businesses every month (seasonal, growing), a fifth of them ordering again, the
 * yearly upkeep of heat pumps and air conditioners, and the orders of the demo's own customers
 * (the existing ones from their "client depuis" day, the new ones from their signature and its amount).
 */
export function demoSalesLines(
  rng: Rng,
  cal: DemoCalendar,
  states: readonly ProspectState[],
  activities: readonly Activity[],
): SalesLineValues[] {
  const lines: SalesLineValues[] = [];
  const startYear = Number(cal.today.slice(0, 4)) - 2;
  let orderNo = 0;
  let customerNo = 0;
  const pick = <T extends { weight: number }>(list: readonly T[]): T => {
    let r = rng.next() * list.reduce((s, x) => s + x.weight, 0);
    for (const x of list) {
      r -= x.weight;
      if (r < 0) return x;
    }
    return list[list.length - 1] as T;
  };
  const order = (day: string, c: Customer, family: string, revenue: number, markup: number) => {
    orderNo++;
    lines.push({
      date: day,
      order: `FA-${day.slice(0, 4)}-${String(orderNo).padStart(4, '0')}`,
      customerId: c.ref,
      customer: c.name,
      segment: c.segment,
      category: family,
      revenue: cents(revenue),
      cost: cents(revenue * (1 - markup)),
      rowId: undefined,
    });
  };
  const sell = (day: string, c: Customer, f: Family) => {
    const revenue = round10(rng.int(f.min, f.max));
    order(day, c, f.name, revenue, f.markup[0] + rng.next() * (f.markup[1] - f.markup[0]));
    if (UPKEEP_FAMILIES.has(f.name) && c.upkeepFrom === undefined) c.upkeepFrom = day;
  };
  const workday = (day: string): string => {
    let d = day;
    for (
      let weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
      weekday === 0 || weekday === 6 || isPublicHoliday(d);
    ) {
      d = addDays(d, 1);
      weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    }
    return d;
  };
  const customers: Customer[] = [];
  const newCustomer = (segment: string): Customer => {
    customerNo++;
    const last = rng.pick(LAST_NAMES);
    const first = rng.pick(FIRST_NAMES);
    const c: Customer = {
      ref: `CLI-${String(customerNo).padStart(4, '0')}`,
      name: segment === HOUSEHOLDS ? `${first} ${last}` : `${last} ${rng.chance(0.5) ? 'SARL' : 'et Fils'}`,
      segment,
      upkeepFee: segment === HOUSEHOLDS ? rng.int(170, 240) : rng.int(380, 620),
    };
    customers.push(c);
    return c;
  };

  for (let y = startYear, grow = 1; y <= startYear + 2; y++, grow *= 1 + GROWTH) {
    SEASON.forEach((factor, m) => {
      const month = `${y}-${String(m + 1).padStart(2, '0')}`;
      for (const [segment, perMonth, families] of [
        [HOUSEHOLDS, HOUSEHOLD_ORDERS, B2C],
        [BUSINESSES, BUSINESS_ORDERS, B2B],
      ] as const) {
        const count = Math.round(perMonth * factor * grow * (0.85 + rng.next() * 0.3));
        for (let i = 0; i < count; i++) {
          const day = workday(`${month}-${String(rng.int(1, 28)).padStart(2, '0')}`);
          if (day >= cal.today) continue;
          const again = customers.filter((c) => c.segment === segment);
          // A fifth of the orders come from a customer who already bought (a second project).
          const c = again.length > 20 && rng.chance(0.2) ? rng.pick(again) : newCustomer(segment);
          sell(day, c, pick(families));
        }
      }
    });
  }

  // The demo's prospects: existing customers bought on their "client depuis" day, new ones on their signature.
  const signed = new Map<string, Activity>();
  for (const a of activities)
    if (a.outcome === 'signed' && a.amount !== undefined && !signed.has(a.prospectId))
      signed.set(a.prospectId, a);
  for (const s of states) {
    const p = s.d.prospect;
    const segment = p.type === 'b2c' ? HOUSEHOLDS : BUSINESSES;
    const c: Customer = { ref: p.id, name: p.name, segment, upkeepFee: segment === HOUSEHOLDS ? 200 : 480 };
    const families = p.type === 'b2c' ? B2C : B2B;
    const family = families.find((f) => f.service === s.d.service.label) ?? pick(families);
    if (s.wasCustomer && p.customerSince !== undefined) {
      customers.push(c);
      sell(workday(p.customerSince), c, family);
    }
    const a = signed.get(p.id);
    if (a?.amount !== undefined) {
      if (!s.wasCustomer) customers.push(c);
      const markup = a.margin !== undefined && a.amount > 0 ? a.margin / a.amount : 0.35;
      order(a.date, c, family.name, a.amount, markup);
    }
  }

  // Upkeep: once a year from the year after the installation, on its anniversary.
  for (const c of customers) {
    if (c.upkeepFrom === undefined) continue;
    for (let day = addDays(c.upkeepFrom, 365); day < cal.today; day = addDays(day, 365))
      order(workday(day), c, UPKEEP, c.upkeepFee, 0.6);
  }
  return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Stores the lines as `/import sales` would (same dedup keys, customers, month chunks). */
export async function importDemoSales(tx: TeamTx, lines: readonly SalesLineValues[]): Promise<void> {
  const file = new SalesFileLines(lines.length, salesData(tx));
  for (const v of lines) file.add(v);
  file.done();
  await stageSales(tx, file, lines.length).commit(tx, undefined);
}
