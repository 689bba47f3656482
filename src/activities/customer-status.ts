import type { Activity } from '../domain/entities.ts';
import type { TeamTx } from '../store/types.ts';
import { markSigned } from './prospect-ref.ts';

/**
 * A signature left a prospect (deleted, edited, moved): when it was the one that made the prospect a
 * customer (same day as `customerSince`), the earliest signature that remains takes over; with none
 * left the prospect is a prospect again. A customer from an earlier day (an import) stays as it is.
 */
export function afterSignatureRemoved(
  tx: TeamTx,
  removed: Pick<Activity, 'id' | 'prospectId' | 'date'>,
): void {
  const p = tx.prospects.get(removed.prospectId);
  if (p?.status !== 'customer' || p.customerSince !== removed.date) return;
  let earliest: string | undefined;
  for (const a of tx.activities.all()) {
    if (
      a.prospectId === p.id &&
      a.outcome === 'signed' &&
      a.id !== removed.id &&
      (!earliest || a.date < earliest)
    )
      earliest = a.date;
  }
  if (earliest !== undefined) {
    tx.prospects.put({ ...p, customerSince: earliest });
    return;
  }
  const { customerSince: _dropped, ...rest } = p;
  tx.prospects.put({ ...rest, status: 'prospect' });
}

/** Keeps a prospect's customer status in step with an activity that now counts as signed. */
export function afterSignatureAdded(tx: TeamTx, a: Pick<Activity, 'prospectId' | 'date' | 'outcome'>): void {
  if (a.outcome !== 'signed') return;
  const p = tx.prospects.get(a.prospectId);
  if (p) markSigned(tx, p, a.date);
}
