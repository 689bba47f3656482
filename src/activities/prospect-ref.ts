import { UserError } from '../core/errors.ts';
import type { Prospect } from '../domain/entities.ts';
import { nextProspectId, resolveProspectRef } from '../prospects/merged.ts';
import { prospectNames } from '../prospects/name-index.ts';
import { newProspect } from '../prospects/new-prospect.ts';
import type { TeamTx } from '../store/types.ts';

/** The prospect a command names, created on the fly when the name is new (an id must exist). */
export function prospectForLog(
  tx: TeamTx,
  ref: string,
  by: { memberId: string; now: Date },
): { prospect: Prospect; created: boolean } {
  // By name through the team's name index: no scan of every prospect for each command; a merged
  // prospect's id leads to the one it joined.
  const found =
    tx.prospects.get(resolveProspectRef(tx, ref).trim().toUpperCase()) ??
    tx.prospects.derived(prospectNames).exact(ref);
  if (found) return { prospect: found, created: false };
  if (/^p-\d+$/i.test(ref.trim()))
    throw new UserError('prospect_not_found', { value: ref, suggestion: '' }, 'prospect');
  const prospect = newProspect(nextProspectId(tx), ref, by);
  tx.prospects.put(prospect);
  return { prospect, created: true };
}

/** A signature makes a customer: the day it first happened is kept for conquest ratios. */
export function markSigned(tx: TeamTx, prospect: Prospect, date: string): void {
  if (
    prospect.status === 'customer' &&
    prospect.customerSince !== undefined &&
    prospect.customerSince <= date
  )
    return;
  tx.prospects.put({ ...prospect, status: 'customer', customerSince: date });
}
