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

/** The trade show as the manager set it up: methods, target, offer, objectives and fixed costs. */
const SALON_SETUP: Partial<Campaign> = {
  status: 'open',
  createdBy: MANAGER_ID,
  methods: ['trade_show', 'phoning', 'visits'],
  target: {
    customerType: 'b2c',
    area: 'Métropole de Lyon',
    decisionMaker: 'propriétaires occupants',
    needs: 'réduire la facture de chauffage, confort d’été',
  },
  offer: 'Diagnostic thermique offert sur le salon, devis isolation et pompe à chaleur sous 48 h',
  repIds: [...REP_IDS],
  objectives: [
    { id: 'O-1', kind: 'quantitative', metric: 'attempts', target: 150, per: 'campaign' },
    { id: 'O-2', kind: 'quantitative', metric: 'appointments', target: 25, per: 'campaign' },
    { id: 'O-3', kind: 'quantitative', metric: 'visits', target: 20, per: 'campaign' },
    { id: 'O-4', kind: 'quantitative', metric: 'signed', target: 6, per: 'campaign' },
    { id: 'O-5', kind: 'quantitative', metric: 'revenue', target: 45_000, per: 'campaign' },
    {
      id: 'O-6',
      kind: 'quantitative',
      metric: 'appointments',
      target: 8,
      per: 'campaign',
      repId: 'demo:alice',
    },
    {
      id: 'O-7',
      kind: 'qualitative',
      text: 'Collecter 80 contacts qualifiés sur le stand',
      done: true,
      comment: '80 fiches',
    },
  ],
  costs: [
    { id: 'F-1', label: 'Stand 9 m² (4 jours)', category: 'stand', amount: 1_800 },
    { id: 'F-2', label: 'Flyers et kakémono', category: 'ads', amount: 420 },
    { id: 'F-3', label: 'Goodies (sacs, stylos)', category: 'goodies', amount: 260 },
  ],
};

/** The local shops operation: door to door and phoning, a weekly appointments objective. */
const SHOP_SETUP: Partial<Campaign> = {
  status: 'open',
  createdBy: MANAGER_ID,
  methods: ['door_to_door', 'phoning', 'visits'],
  target: {
    customerType: 'b2b',
    sector: 'commerces de proximité',
    size: 'TPE (1 à 10 salariés)',
    area: 'Lyon et première couronne',
    decisionMaker: 'gérant',
    needs: 'isolation de la vitrine et du local, économies d’énergie',
  },
  offer: 'Audit énergétique du local gratuit, financement CEE déduit du devis',
  repIds: ['demo:karim', 'demo:chloe'],
  objectives: [
    { id: 'O-1', kind: 'quantitative', metric: 'appointments', target: 4, per: 'week' },
    { id: 'O-2', kind: 'quantitative', metric: 'visits', target: 25, per: 'campaign' },
    { id: 'O-3', kind: 'quantitative', metric: 'signed', target: 8, per: 'campaign' },
    { id: 'O-4', kind: 'quantitative', metric: 'margin', target: 12_000, per: 'campaign' },
    {
      id: 'O-5',
      kind: 'qualitative',
      text: 'Recruter 3 commerçants ambassadeurs (recommandations)',
      done: false,
    },
  ],
  costs: [
    { id: 'F-1', label: 'Fichier CCI commerces (60 contacts)', category: 'file', amount: 450 },
    { id: 'F-2', label: 'Plaquettes', category: 'ads', amount: 180 },
  ],
};

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
        ...SALON_SETUP,
      },
      {
        id: 'C-2',
        name: 'Relance commerces de proximité',
        ...shopOperation,
        targetSize: 60,
        createdAt: instantOf(cal, shopOperation.from, '08:45'),
        ...SHOP_SETUP,
      },
    ],
    start,
    salonDays: cal.workdays.filter((d) => d >= salonFrom && d <= salonEnd),
    salonEnd,
    shopOperation,
  };
}
