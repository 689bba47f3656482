import { z } from 'zod';
import { LEGAL_BASES } from '../domain/ids.ts';
import { monthOf } from '../store/collections.ts';
import type { CollectionDef } from '../store/types.ts';

/** The channels a consumer consents to one by one (DOMAIN §6: phone since 2026-08-11, e-mail and SMS). */
export const CONSENT_CHANNELS = ['phone', 'email', 'sms'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** What a person said: consent given or refused (withdrawing a consent is a refusal from that day). */
export const CONSENT_DECISIONS = ['granted', 'refused'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/**
 * One consent decision of a prospect for one channel, kept as a history (never overwritten): the
 * latest one on or before a day is what held that day, and the earlier ones stay as proof.
 * Id `K-<n>`; one shard a month of recording.
 */
export const ConsentRecord = z.object({
  id: z.string().regex(/^K-\d+$/),
  prospectId: z.string().regex(/^P-\d+$/),
  channel: z.enum(CONSENT_CHANNELS),
  status: z.enum(CONSENT_DECISIONS),
  /** The lawful basis the team relies on for this channel. */
  basis: z.enum(LEGAL_BASES).optional(),
  /** The day the person gave or refused it, in the team's time zone. */
  at: z.iso.date(),
  /** Where it was collected: a web form, a trade show, a call… as typed. */
  source: z.string().min(1).max(120).optional(),
  /** What proves it: a text (the wording accepted) or a URL (a form submission). */
  proof: z.string().min(1).max(500).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
  recordedBy: z.string().min(1),
  /** `import` when read from a file's consent columns. */
  origin: z.enum(['chat', 'import']).default('chat'),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const consentsCollection: CollectionDef<ConsentRecord> = {
  name: 'consents',
  schema: ConsentRecord,
  version: 1,
  shardOf: (c) => monthOf(c.recordedAt),
};
