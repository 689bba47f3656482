import type { TeamView } from '../store/types.ts';
import { type NetworkContact, networkCollection } from './entities.ts';

/** The fields of a network entry that describe the person it names (for GDPR access and erasure). */
export const NETWORK_PERSONAL_FIELDS = ['name', 'organisation', 'howMet', 'purpose', 'lastExchange'] as const;

export interface NetworkEntryData {
  id: string;
  /** The member whose network holds the entry. */
  ownerId: string;
  prospectId?: string;
  /** Only the personal fields that are set. */
  personal: Partial<Pick<NetworkContact, (typeof NETWORK_PERSONAL_FIELDS)[number]>>;
}

/**
 * Every network entry of a team with its personal fields: what a subject access request exports
 * and what an erasure must remove (`tx.collection(networkCollection).remove(id)`).
 */
export function networkEntriesOf(view: Pick<TeamView, 'collection'>): NetworkEntryData[] {
  return view
    .collection(networkCollection)
    .all()
    .map((c) => {
      const personal: NetworkEntryData['personal'] = {};
      for (const f of NETWORK_PERSONAL_FIELDS) if (c[f] !== undefined) Object.assign(personal, { [f]: c[f] });
      return {
        id: c.id,
        ownerId: c.ownerId,
        ...(c.prospectId && { prospectId: c.prospectId }),
        personal,
      };
    });
}

export { networkCollection };
