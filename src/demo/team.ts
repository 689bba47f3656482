import type { Campaign, Member, Prospect, Team } from '../domain/entities.ts';
import { addDays, type DemoCalendar, instantOf } from './calendar.ts';
import type { Service } from './market.ts';
import type { Place } from './names.ts';

export const TEAM_NAME = 'Démo — Habitat Confort Lyon';
export const MANAGER_ID = 'demo:thomas';
export const REP_IDS = ['demo:alice', 'demo:karim', 'demo:chloe'] as const;

/** A prospect with what the replay needs to know about it. */
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

/** The people and operations of the demo team, and the dates the replay follows. */
export interface DemoTeam {
  readonly members: Member[];
  readonly campaigns: Campaign[];
  readonly start: string;
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

export function buildDemoTeam(cal: DemoCalendar): DemoTeam {
  const start = cal.workdays[0] ?? cal.today;
  const salonFrom = addDays(cal.weekStart, -46); // a Thursday, seven weeks ago, to the Monday after
  const salonEnd = addDays(salonFrom, 4);
  const shopOperation = { from: addDays(cal.weekStart, -35), to: addDays(cal.weekStart, 18) };
  const member = (id: string, displayName: string, role: Member['role'], daysBefore: number): Member => ({
    id,
    displayName,
    role,
    locale: 'fr',
    joinedAt: instantOf(cal, addDays(start, -daysBefore)),
  });
  return {
    members: [
      member(MANAGER_ID, 'Thomas Leroy', 'manager', 900),
      member('demo:alice', 'Alice Martin', 'rep', 610),
      member('demo:karim', 'Karim Benali', 'rep', 380),
      member('demo:chloe', 'Chloé Dubois', 'rep', 95),
    ],
    campaigns: [
      {
        id: 'C-1',
        name: 'Salon Habitat Lyon',
        from: salonFrom,
        to: salonEnd,
        targetSize: 80,
        createdAt: instantOf(cal, addDays(salonFrom, -21), '10:00'),
      },
      {
        id: 'C-2',
        name: 'Relance commerces de proximité',
        ...shopOperation,
        targetSize: 60,
        createdAt: instantOf(cal, shopOperation.from, '08:45'),
      },
    ],
    start,
    salonDays: cal.workdays.filter((d) => d >= salonFrom && d <= salonEnd),
    salonEnd,
    shopOperation,
  };
}
