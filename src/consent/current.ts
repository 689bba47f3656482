import type { Prospect } from '../domain/entities.ts';
import type { LEGAL_BASES } from '../domain/ids.ts';
import type { TeamTx, TeamView } from '../store/types.ts';
import { type ConsentChannel, type ConsentRecord, consentsCollection } from './entities.ts';

/** What held for one channel on a day: the latest decision, or `unknown` when none was recorded. */
export interface ChannelConsent {
  status: 'granted' | 'refused' | 'unknown';
  basis?: (typeof LEGAL_BASES)[number];
  at?: string;
  /** The record it comes from; absent for the prospect's general consent (`/prospect edit consent:`). */
  record?: ConsentRecord;
}

const newestFirst = (a: ConsentRecord, b: ConsentRecord): number =>
  b.at.localeCompare(a.at) || b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);

/** A prospect's consent records, newest decision first. */
export function consentHistory(view: TeamView, prospectId: string): ConsentRecord[] {
  return view
    .collection(consentsCollection)
    .all()
    .filter((c) => c.prospectId === prospectId)
    .sort(newestFirst);
}

/**
 * The consent of `prospect` for `channel` on `day`: the latest record of that channel dated on or
 * before it; without one, the prospect's general consent (set before per-channel records existed,
 * or by `/prospect edit consent:`), which covers every channel.
 */
export function consentOn(
  prospect: Prospect,
  history: readonly ConsentRecord[],
  channel: ConsentChannel,
  day: string,
): ChannelConsent {
  const record = history.filter((c) => c.channel === channel && c.at <= day).sort(newestFirst)[0];
  if (record)
    return { status: record.status, at: record.at, record, ...(record.basis && { basis: record.basis }) };
  const general = prospect.consent;
  if (general.status !== 'unknown' && (general.at === undefined || general.at <= day))
    return {
      status: general.status,
      ...(general.at && { at: general.at }),
      ...(general.basis && { basis: general.basis }),
    };
  return { status: 'unknown' };
}

/** A merge (`/prospect merge`) brings the extra prospect's consent records, proofs and all, to the one kept. */
export function moveConsents(tx: TeamTx, fromId: string, intoId: string): string[] {
  const consents = tx.collection(consentsCollection);
  const moved: string[] = [];
  for (const c of consents.all()) {
    if (c.prospectId !== fromId) continue;
    consents.put({ ...c, prospectId: intoId });
    moved.push(c.id);
  }
  return moved;
}
