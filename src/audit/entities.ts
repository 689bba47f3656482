import { z } from 'zod';
import { monthOf } from '../store/collections.ts';
import type { CollectionDef } from '../store/types.ts';

/** What the audit log records (issue 14 §5): who did what to personal data or the team's rules. */
export const AUDIT_ACTIONS = [
  'export',
  'erasure',
  'opposition',
  'opposition_purged',
  'request',
  'retention',
  'role_change',
  'import',
  'bulk_delete',
  'settings',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A record id, a request reference, a setting name: never free text, never a person's name. */
const Token = z.string().regex(/^[A-Za-z0-9:_.\-|@]{1,120}$/, 'an id or a code, not free text');

/**
 * One line of the team's audit log: append-only (never edited nor removed), and without free text
 * or personal data: ids, codes, counts and keyed hashes only.
 */
export const AuditEntry = z.object({
  /** `L-<n>`. */
  id: z.string().regex(/^L-\d+$/),
  at: z.iso.datetime({ offset: true }),
  /** The member who acted (`cli:alice`), or `system` for the scheduler. */
  actorId: Token,
  action: z.enum(AUDIT_ACTIONS),
  /** What it was about: record ids (`P-12`, `X-3`), a request reference, a member id. */
  targets: z.array(Token).max(50).default([]),
  /** What it changed, by kind (`activities.redact: 3`), or setting names with a count of 1. */
  counts: z.record(Token, z.number().int().min(0)).default({}),
  /** Keyed hashes (HMAC, per-installation secret) of identifiers: a re-import of the person is detected. */
  hashes: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .max(20)
    .default([]),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const auditCollection: CollectionDef<AuditEntry> = {
  name: 'audit',
  schema: AuditEntry,
  version: 1,
  shardOf: (e) => monthOf(e.at),
};
