import { moveFollowUps } from '../activities/follow-up-links.ts';
import { type MergedProspect, mergedProspectsCollection } from '../activities/tombstones.ts';
import { moveConsents } from '../consent/current.ts';
import type { Prospect } from '../domain/entities.ts';
import type { TeamTx } from '../store/types.ts';
import { notesCollection } from '../watch/entities.ts';

const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/**
 * The prospect kept by a merge: `into`'s own values win, `from` fills what `into` lacks; a customer
 * on either side makes a customer, the earliest `customerSince` wins.
 */
export function mergedCard(from: Prospect, into: Prospect): Prospect {
  const filled: Prospect = { ...from, ...stripUndefined(into) };
  const customer = from.status === 'customer' || into.status === 'customer';
  const since = earlier(from.customerSince, into.customerSince);
  const status = customer ? 'customer' : into.status;
  const next: Prospect = {
    ...filled,
    id: into.id,
    name: into.name,
    status,
    createdAt: into.createdAt,
    createdBy: into.createdBy,
  };
  if (since !== undefined && customer) next.customerSince = since;
  else delete next.customerSince;
  return next;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Moves `from`'s activities, watch notes, follow-ups and consent records to `into`, merges the cards and keeps `from` as a
 * tombstone whose id leads to `into` (a deleted activity of `from` follows it when restored).
 * One transaction: all of it or nothing.
 */
export function mergeProspects(
  tx: TeamTx,
  from: Prospect,
  into: Prospect,
  by: { memberId: string; now: Date },
): MergedProspect {
  const movedActivityIds: string[] = [];
  for (const a of tx.activities.all()) {
    if (a.prospectId !== from.id) continue;
    tx.activities.put({ ...a, prospectId: into.id });
    movedActivityIds.push(a.id);
  }
  const notes = tx.collection(notesCollection);
  const movedNoteIds: string[] = [];
  for (const n of notes.all()) {
    if (n.prospectId !== from.id) continue;
    notes.put({ ...n, prospectId: into.id });
    movedNoteIds.push(n.id);
  }
  const movedFollowUpIds = moveFollowUps(tx, from.id, into.id);
  moveConsents(tx, from.id, into.id);
  tx.prospects.put(mergedCard(from, into));
  tx.prospects.remove(from.id);
  const tombstone: MergedProspect = {
    id: from.id,
    prospect: from,
    mergedInto: into.id,
    mergedBy: by.memberId,
    mergedAt: by.now.toISOString(),
    movedActivityIds,
    movedNoteIds,
    movedFollowUpIds,
  };
  tx.collection(mergedProspectsCollection).put(tombstone);
  return tombstone;
}
