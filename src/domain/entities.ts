import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  CONSENT_STATUSES,
  CONTACT_WARNINGS,
  LEGAL_BASES,
  LOCALES,
  OUTCOMES,
  PROSPECT_STATUSES,
  PROSPECT_TYPES,
  ROLES,
} from './ids.ts';

/** A calendar day in the team's time zone, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** An instant, ISO 8601 with offset (`new Date().toISOString()`). */
export const IsoInstant = z.iso.datetime({ offset: true });

export const TeamSettings = z.object({
  locale: z.enum(LOCALES).default('fr'),
  timeZone: z.string().min(1).default('Europe/Paris'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  /** Platform groups whose members are managers (`discord:<role id>`), besides server admins. */
  managerGroups: z.array(z.string().min(1).max(80)).optional(),
});
export type TeamSettings = z.infer<typeof TeamSettings>;

export const Team = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  settings: TeamSettings,
  createdAt: IsoInstant,
});
export type Team = z.infer<typeof Team>;

/** A person of the team; `id` is `<channel>:<external id>` (`discord:1234`, `cli:alice`, `import:alice`). */
export const Member = z.object({
  id: z.string().min(1),
  displayName: z.string().min(1),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).optional(),
  joinedAt: IsoInstant,
});
export type Member = z.infer<typeof Member>;

export const Consent = z.object({
  status: z.enum(CONSENT_STATUSES).default('unknown'),
  basis: z.enum(LEGAL_BASES).optional(),
  at: IsoDate.optional(),
});

export const Prospect = z.object({
  id: z.string().regex(/^P-\d+$/),
  name: z.string().min(1).max(120),
  company: z.string().max(120).optional(),
  type: z.enum(PROSPECT_TYPES).default('b2b'),
  segment: z.string().max(80).optional(),
  city: z.string().max(80).optional(),
  postalCode: z.string().max(12).optional(),
  email: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  source: z.string().max(80).optional(),
  consent: Consent.default({ status: 'unknown' }),
  status: z.enum(PROSPECT_STATUSES).default('prospect'),
  /** The day it became a customer (first signature or import), for conquest and prospecting-effort ratios. */
  customerSince: IsoDate.optional(),
  ownerId: z.string().optional(),
  note: z.string().max(2000).optional(),
  /** Where it is (WGS84 degrees), for visit rounds (`/plan route`). */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** The last scoring on the team's grid (`/prospect qualify`). */
  qualification: z
    .object({
      /** BANT criteria, 0..3 each. */
      scores: z.object({
        budget: z.number().int().min(0).max(3).optional(),
        authority: z.number().int().min(0).max(3).optional(),
        need: z.number().int().min(0).max(3).optional(),
        timing: z.number().int().min(0).max(3).optional(),
      }),
      /** Weighted score, 0..100. */
      score: z.number().min(0).max(100),
      priority: z.enum(['hot', 'warm', 'cold']),
      at: IsoDate,
      by: z.string(),
    })
    .optional(),
  createdAt: IsoInstant,
  createdBy: z.string(),
  /** Set when the person was erased (GDPR): an anonymous tombstone kept so that past figures do not change. */
  erasedAt: IsoInstant.optional(),
});
export type Prospect = z.infer<typeof Prospect>;

export const Activity = z.object({
  id: z.string().min(1),
  kind: z.enum(ACTIVITY_KINDS),
  outcome: z.enum(OUTCOMES),
  prospectId: z.string().regex(/^P-\d+$/),
  repId: z.string().min(1),
  date: IsoDate,
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  amount: z.number().nonnegative().optional(),
  margin: z.number().optional(),
  durationMin: z.number().nonnegative().optional(),
  travelMin: z.number().nonnegative().optional(),
  km: z.number().nonnegative().optional(),
  campaignId: z.string().optional(),
  note: z.string().max(2000).optional(),
  source: z.enum(['chat', 'import']).default('chat'),
  /** The consumer-contact rules (DOMAIN §6) it broke when recorded, flagged for managers (no `.max`: the store's canonical fast path does not model array checks). */
  compliance: z.array(z.enum(CONTACT_WARNINGS)).optional(),
  createdAt: IsoInstant,
  createdBy: z.string(),
});
export type Activity = z.infer<typeof Activity>;

/** Prospecting methods of a campaign (DOMAIN §3, dossier 3.3). */
export const CAMPAIGN_METHODS = [
  'phoning',
  'emailing',
  'door_to_door',
  'visits',
  'trade_show',
  'social_selling',
  'mailing',
] as const;
/** What a quantitative objective counts. */
export const OBJECTIVE_METRICS = [
  'attempts',
  'appointments',
  'visits',
  'proposals',
  'signed',
  'revenue',
  'margin',
  'new_customers',
] as const;
export const COST_CATEGORIES = ['file', 'stand', 'goodies', 'tools', 'ads', 'other'] as const;

export const Objective = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().regex(/^O-\d+$/),
    kind: z.literal('quantitative'),
    metric: z.enum(OBJECTIVE_METRICS),
    target: z.number().nonnegative(),
    /** `week`: the target is for each ISO week of the campaign. */
    per: z.enum(['campaign', 'week']),
    /** Absent: the whole team. */
    repId: z.string().optional(),
  }),
  z.object({
    id: z.string().regex(/^O-\d+$/),
    kind: z.literal('qualitative'),
    text: z.string().min(1).max(300),
    done: z.boolean(),
    comment: z.string().max(500).optional(),
  }),
]);
export type Objective = z.infer<typeof Objective>;

/** A fixed cost of the operation (file purchase, stand, goodies…), excluding tax. */
export const CostItem = z.object({
  id: z.string().regex(/^F-\d+$/),
  label: z.string().min(1).max(80),
  category: z.enum(COST_CATEGORIES),
  amount: z.number().nonnegative(),
});
export type CostItem = z.infer<typeof CostItem>;

// Every field after createdAt is optional, so that campaign files written before them stay valid.
export const Campaign = z.object({
  id: z.string().regex(/^C-\d+$/),
  name: z.string().min(1).max(80),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  targetSize: z.number().int().positive().optional(),
  createdAt: IsoInstant,
  methods: z.array(z.enum(CAMPAIGN_METHODS)).optional(),
  /** The target: customer type and persona. */
  target: z
    .object({
      customerType: z.enum(PROSPECT_TYPES).optional(),
      sector: z.string().max(120).optional(),
      size: z.string().max(120).optional(),
      area: z.string().max(120).optional(),
      decisionMaker: z.string().max(120).optional(),
      needs: z.string().max(300).optional(),
    })
    .optional(),
  offer: z.string().max(500).optional(),
  /** The target personas (`/persona`, ids `PE-<n>`); no `.max()`: the store's fast load path models plain arrays only. */
  personaIds: z.array(z.string().regex(/^PE-\d+$/)).optional(),
  /** Member ids of the reps assigned to it. */
  repIds: z.array(z.string()).optional(),
  /** Absent means open. */
  status: z.enum(['open', 'closed']).optional(),
  closedAt: IsoDate.optional(),
  conclusion: z.string().max(2000).optional(),
  objectives: z.array(Objective).optional(),
  costs: z.array(CostItem).optional(),
  createdBy: z.string().optional(),
});
export type Campaign = z.infer<typeof Campaign>;
