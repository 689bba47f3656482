import type { TeamTx } from '../store/types.ts';
import { type AuditAction, type AuditEntry, auditCollection } from './entities.ts';

/** What a command adds to the audit log; ids, counts and hashes only (see AuditEntry). */
export interface AuditInput {
  action: AuditAction;
  actorId: string;
  at: Date;
  targets?: readonly string[];
  counts?: Readonly<Record<string, number>>;
  hashes?: readonly string[];
}

/** Appends one entry to the team's audit log, in the command's transaction (written with it or not at all). */
export function recordAudit(tx: TeamTx, input: AuditInput): AuditEntry {
  const log = tx.collection(auditCollection);
  // Ids only grow: the newest shard holds the highest, so the log need not be read whole.
  const month = input.at.toISOString().slice(0, 7);
  let max = 0;
  for (const e of log.inShards(month, '9999')) max = Math.max(max, Number(e.id.slice(2)));
  if (max === 0) for (const e of log.all()) max = Math.max(max, Number(e.id.slice(2)));
  const entry: AuditEntry = {
    id: `L-${max + 1}`,
    at: input.at.toISOString(),
    actorId: input.actorId,
    action: input.action,
    targets: [...(input.targets ?? [])].slice(0, 50),
    counts: { ...input.counts },
    hashes: [...(input.hashes ?? [])].slice(0, 20),
  };
  log.put(entry);
  return entry;
}

/** Counts by kind and action flattened for the log: `{ 'activities.redact': 3 }`. */
export function flatCounts(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, byAction] of Object.entries(counts)) {
    for (const [action, n] of Object.entries(byAction)) out[`${kind}.${action}`] = n;
  }
  return out;
}
