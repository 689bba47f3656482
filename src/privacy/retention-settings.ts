import { z } from 'zod';
import type { CollectionDef, TeamView } from '../store/types.ts';

/** The CNIL's durations (DOMAIN §6), in years: the default, and the most kept without a stated reason. */
export const LEGAL_RETENTION_YEARS = { prospect: 3, customer: 3, opposition: 3 } as const;

/**
 * The team's retention rules: durations in years (`/gdpr retention`), never above the legal default
 * without `reason`; how many days before the anonymisation managers get the list.
 */
export const RetentionSettings = z.object({
  id: z.literal('team'),
  prospectYears: z.number().int().min(1).max(10).default(LEGAL_RETENTION_YEARS.prospect),
  customerYears: z.number().int().min(1).max(10).default(LEGAL_RETENTION_YEARS.customer),
  oppositionYears: z.number().int().min(3).max(10).default(LEGAL_RETENTION_YEARS.opposition),
  /** Why a duration is above the legal default (required then). */
  reason: z.string().min(1).max(300).optional(),
  noticeDays: z.number().int().min(1).max(90).default(30),
  /** Where the daily job is: the day it last ran, the day managers were last sent the list. */
  lastRunOn: z.iso.date().optional(),
  lastNoticeOn: z.iso.date().optional(),
  /** Prospects managers were told will be anonymised, and when: none is anonymised before its notice is `noticeDays` old. */
  pending: z
    .array(z.object({ prospectId: z.string().regex(/^P-\d+$/), noticedOn: z.iso.date() }))
    .max(20_000)
    .default([]),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().min(1).optional(),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const retentionCollection: CollectionDef<RetentionSettings> = {
  name: 'retention',
  schema: RetentionSettings,
  version: 1,
};

/** The team's retention rules, defaults filled in. */
export function retentionOf(view: TeamView, now: Date): RetentionSettings {
  return (
    view.collection(retentionCollection).get('team') ??
    RetentionSettings.parse({ id: 'team', updatedAt: now.toISOString() })
  );
}
