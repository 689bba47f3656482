import type { Prospect } from '../domain/entities.ts';
import { addDays, clock, type DemoCalendar, instantOf } from './calendar.ts';
import {
  B2B_SERVICES,
  B2B_SITE_NOTES,
  B2C_SERVICES,
  B2C_SITE_NOTES,
  SEGMENTS,
  type Segment,
} from './market.ts';
import { FIRST_NAMES, LAST_NAMES, PLACES } from './names.ts';
import type { Rng } from './random.ts';
import { type DemoProspect, type DemoTeam, MANAGER_ID, REP_IDS } from './team.ts';

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
const TRANCHE_WORKDAYS = 20;

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Numbers from the ranges ARCEP reserves for fiction, so that no real subscriber is ever shown. */
const phone = (rng: Rng, prefix: string): string =>
  `${prefix} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`;

function pickSegment(rng: Rng): Segment {
  const name = rng.weighted(Object.fromEntries(SEGMENTS.map((s) => [s.name, s.weight])));
  return SEGMENTS.find((s) => s.name === name) ?? rng.pick(SEGMENTS);
}

/** The 150 prospects, ids `P-1`… in the order they entered the file, shared out among the reps. */
export function makeProspects(rng: Rng, cal: DemoCalendar, team: DemoTeam): DemoProspect[] {
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
        name = segment
          ? rng.pick(segment.names).replace('{last}', last).replace('{first}', first)
          : `${first} ${last}`;
      } while (taken.has(name));
      taken.add(name);
      const place = rng.pick(PLACES);
      const customerSince = entry === 'customer' ? addDays(cal.today, -rng.int(300, 1100)) : undefined;
      const metAt = entry === 'salon' ? rng.int(120, 216) * 5 : undefined;
      const tranche = entry.startsWith('tranche-') ? Number(entry.slice(-1)) * TRANCHE_WORKDAYS : -1;
      const day = customerSince
        ? addDays(customerSince, -rng.int(20, 120))
        : tranche >= 0
          ? addDays(cal.workdays[tranche] ?? team.start, -3)
          : metAt !== undefined
            ? rng.pick(team.salonDays.length > 0 ? team.salonDays : [team.start])
            : rng.pick(cal.workdays);
      const granted = type === 'b2c' && source !== 'recommandation';
      const siteNote = rng
        .pick(type === 'b2b' ? B2B_SITE_NOTES : B2C_SITE_NOTES)
        .replace('{m2}', String(rng.int(6, 30) * 10))
        .replace('{staff}', String(rng.int(2, 12)));
      drafts.push({
        service: rng.pick(type === 'b2b' ? B2B_SERVICES : B2C_SERVICES),
        place,
        shop: segment?.shop ?? false,
        ...(metAt !== undefined && { metAt }),
        from:
          metAt !== undefined
            ? day
            : tranche >= 0
              ? (cal.workdays[tranche + rng.int(0, 9)] ?? cal.today)
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
          ...(rng.chance(0.4) && { note: siteNote }),
          createdAt: instantOf(cal, day, clock(metAt ?? rng.int(9 * 12, 18 * 12) * 5)),
          createdBy: MANAGER_ID,
        },
      });
    }
  }
  drafts.sort((a, b) => a.prospect.createdAt.localeCompare(b.prospect.createdAt));
  return drafts.map((d, i): DemoProspect => {
    const ownerId = REP_IDS[i % REP_IDS.length] ?? MANAGER_ID;
    const createdBy = d.prospect.source === 'fichier CCI' ? MANAGER_ID : ownerId;
    return { ...d, prospect: { ...d.prospect, id: `P-${i + 1}`, ownerId, createdBy } };
  });
}
