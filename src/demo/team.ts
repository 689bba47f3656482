import type { Campaign, Member, Prospect, Team } from '../domain/entities.ts';
import { addDays, clock, type DemoCalendar, instantOf } from './calendar.ts';
import {
  B2B_SERVICES,
  B2B_SITE_NOTES,
  B2C_SERVICES,
  B2C_SITE_NOTES,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  type Place,
  SEGMENTS,
  type Service,
} from './names.ts';
import type { Rng } from './random.ts';

export const TEAM_NAME = 'Démo — Habitat Confort Lyon';
export const MANAGER_ID = 'demo:thomas';
export const REP_IDS = ['demo:alice', 'demo:karim', 'demo:chloe'] as const;

/** A prospect with what the simulation needs to know about it. */
export interface DemoProspect {
  readonly prospect: Prospect;
  readonly service: Service;
  readonly place: Place;
  /** A local shop, the target of the "commerces de proximité" operation. */
  readonly shop: boolean;
  /** Salon leads: the minute of the day they were met at the stand (and entered in the file). */
  readonly metAt?: number;
  /** The first day a rep works it: a file is worked through over a few weeks, not all on day one. */
  readonly from: string;
}

export interface DemoTeam {
  readonly members: Member[];
  readonly campaigns: Campaign[];
  readonly prospects: DemoProspect[];
  /** Workdays of the trade show (C-1). */
  readonly salonDays: string[];
  readonly salonEnd: string;
  readonly shopOperation: { from: string; to: string };
}

export const demoTeamRecord = (id: string, cal: DemoCalendar): Team => ({
  id,
  name: TEAM_NAME,
  settings: { locale: 'fr', timeZone: cal.zone, currency: 'EUR' },
  createdAt: instantOf(cal, addDays(cal.workdays[0] ?? cal.today, -7), '08:30'),
});

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Numbers from the ranges ARCEP reserves for fiction, so no real subscriber is ever shown. */
const phone = (rng: Rng, prefix: string): string =>
  `${prefix} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`;

type Draft = Omit<DemoProspect, 'prospect'> & { prospect: Omit<Prospect, 'id' | 'ownerId'> };

/**
 * How many prospects of each origin: [source, type, count, entry]. The CCI file is bought in three
 * tranches, so that the reps have fresh numbers all along the quarter.
 */
const ORIGINS = [
  ['fichier CCI', 'b2b', 8, 'customer'],
  ['fichier CCI', 'b2b', 55, 'tranche-0'],
  ['fichier CCI', 'b2b', 12, 'tranche-1'],
  ['fichier CCI', 'b2b', 10, 'tranche-2'],
  ['salon', 'b2b', 12, 'salon'],
  ['salon', 'b2c', 18, 'salon'],
  ['site web', 'b2b', 6, 'flow'],
  ['site web', 'b2c', 12, 'flow'],
  ['recommandation', 'b2b', 9, 'flow'],
  ['recommandation', 'b2c', 8, 'flow'],
] as const;

export function buildDemoTeam(rng: Rng, cal: DemoCalendar): DemoTeam {
  const start = cal.workdays[0] ?? cal.today;
  const salonFrom = addDays(cal.weekStart, -46); // Thursday, seven weeks ago
  const salonEnd = addDays(salonFrom, 4);
  const salonDays = cal.workdays.filter((d) => d >= salonFrom && d <= salonEnd);
  const shopOperation = { from: addDays(cal.weekStart, -35), to: addDays(cal.weekStart, 18) };
  const members: Member[] = [
    { id: MANAGER_ID, displayName: 'Thomas Leroy', role: 'manager', locale: 'fr', joinedAt: instantOf(cal, addDays(start, -900)) },
    { id: 'demo:alice', displayName: 'Alice Martin', role: 'rep', locale: 'fr', joinedAt: instantOf(cal, addDays(start, -610)) },
    { id: 'demo:karim', displayName: 'Karim Benali', role: 'rep', locale: 'fr', joinedAt: instantOf(cal, addDays(start, -380)) },
    { id: 'demo:chloe', displayName: 'Chloé Dubois', role: 'rep', locale: 'fr', joinedAt: instantOf(cal, addDays(start, -95)) },
  ];
  const campaigns: Campaign[] = [
    { id: 'C-1', name: 'Salon Habitat Lyon', from: salonFrom, to: salonEnd, targetSize: 80, createdAt: instantOf(cal, addDays(salonFrom, -21), '10:00') },
    { id: 'C-2', name: 'Relance commerces de proximité', ...shopOperation, targetSize: 60, createdAt: instantOf(cal, shopOperation.from, '08:45') },
  ];

  const taken = new Set<string>();
  const drafts: Draft[] = [];
  for (const [source, type, count, entry] of ORIGINS) {
    for (let i = 0; i < count; i++) {
      const segment = type === 'b2b' ? pickSegment(rng) : undefined;
      let name = '';
      let last = '';
      do {
        const first = rng.pick(FIRST_NAMES);
        last = rng.pick(LAST_NAMES);
        name = segment ? rng.pick(segment.names).replace('{last}', last).replace('{first}', first) : `${first} ${last}`;
      } while (taken.has(name));
      taken.add(name);
      const place = rng.pick(PLACES);
      const customerSince = entry === 'customer' ? addDays(cal.today, -rng.int(300, 1100)) : undefined;
      const metAt = entry === 'salon' ? rng.int(120, 216) * 5 : undefined;
      const tranche = entry.startsWith('tranche-') ? Number(entry.slice(-1)) : -1;
      const day = customerSince
        ? addDays(customerSince, -rng.int(20, 120))
        : tranche >= 0
          ? addDays(cal.workdays[tranche * 20] ?? start, -3)
          : entry === 'salon'
            ? rng.pick(salonDays.length > 0 ? salonDays : [start])
            : rng.pick(cal.workdays);
      const granted = type === 'b2c' && source !== 'recommandation';
      const siteNote = rng.pick(type === 'b2b' ? B2B_SITE_NOTES : B2C_SITE_NOTES);
      drafts.push({
        service: rng.pick(type === 'b2b' ? B2B_SERVICES : B2C_SERVICES),
        place,
        shop: segment?.shop ?? false,
        ...(metAt !== undefined && { metAt }),
        from:
          metAt !== undefined
            ? day
            : tranche >= 0
              ? (cal.workdays[tranche * 20 + rng.int(0, 9)] ?? cal.today)
              : addDays(day, 1),
        prospect: {
          name,
          ...(segment && { company: `${rng.pick(segment.legalForms)} ${last}` }),
          type,
          segment: segment?.name ?? 'particulier',
          city: place.city,
          postalCode: place.postalCode,
          ...(segment
            ? { email: `contact@${slug(name)}.example` }
            : granted && { email: `${slug(name).replace('-', '.')}@email.example` }),
          phone: phone(rng, type === 'b2b' ? '04 65 71' : '06 39 98'),
          source,
          consent:
            type === 'b2b'
              ? { status: 'unknown', basis: 'legitimate_interest' }
              : granted
                ? { status: 'granted', basis: 'consent', at: day }
                : { status: 'unknown' },
          status: customerSince ? 'customer' : 'prospect',
          ...(customerSince && { customerSince }),
          ...(rng.chance(0.4) && {
            note: siteNote.replace('{m2}', String(rng.int(6, 30) * 10)).replace('{staff}', String(rng.int(2, 12))),
          }),
          createdAt: instantOf(cal, day, clock(metAt ?? rng.int(9 * 12, 18 * 12) * 5)),
          createdBy: MANAGER_ID,
        },
      });
    }
  }
  drafts.sort((a, b) => (a.prospect.createdAt < b.prospect.createdAt ? -1 : a.prospect.createdAt > b.prospect.createdAt ? 1 : 0));
  const prospects = drafts.map((d, i): DemoProspect => {
    const ownerId = REP_IDS[i % REP_IDS.length] ?? MANAGER_ID;
    const createdBy = d.prospect.source === 'fichier CCI' ? MANAGER_ID : ownerId;
    return { ...d, prospect: { ...d.prospect, id: `P-${i + 1}`, ownerId, createdBy } };
  });
  return { members, campaigns, prospects, salonDays, salonEnd, shopOperation };
}

function pickSegment(rng: Rng): (typeof SEGMENTS)[number] {
  const byName = Object.fromEntries(SEGMENTS.map((s) => [s.name, s.weight])) as Record<string, number>;
  const name = rng.weighted(byName);
  return SEGMENTS.find((s) => s.name === name) ?? rng.pick(SEGMENTS);
}
