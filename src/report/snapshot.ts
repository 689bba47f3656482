import { serialize } from 'node:v8';
import { featureCollections } from '../app-store.ts';
import { teamCollections } from '../store/collections.ts';
import type { TeamTx } from '../store/types.ts';

/** Items serialized per message piece: a piece stays well under a millisecond or two of the main thread. */
const PIECE_ITEMS = 2000;

/** One piece of a team's snapshot: some items of one shard of one collection, serialized (v8). */
export interface SnapshotPiece {
  collection: string;
  /** The shard key (`''` for an unsharded collection). */
  shard: string;
  items: Uint8Array;
}

/** What the worker needs to read the team as the transaction sees it. */
export interface TeamSnapshot {
  teamId: string;
  pieces: SnapshotPiece[];
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The team's data as `tx` sees it (staged writes included), for the dossier's worker thread:
 * serialized a piece at a time, letting the bot's other events run between pieces (the team's
 * transaction is held meanwhile, so the pieces make one consistent state). Each piece's bytes
 * own their buffer, so that they are transferred to the worker, not copied.
 */
export async function snapshotTeam(tx: TeamTx): Promise<TeamSnapshot> {
  // The channels' bookkeeping is left out (CollectionDef.bookkeeping): no section reads it, and the
  // worker refuses to read a collection it was not sent, so a section that starts to fails loudly.
  const defs = [...Object.values(teamCollections), ...featureCollections].filter((d) => !d.bookkeeping);
  const pieces: SnapshotPiece[] = [];
  for (const def of defs) {
    const all = tx.collection(def).all();
    // all() is in shard order: consecutive items of one shard make its group.
    let start = 0;
    while (start < all.length) {
      const shard = def.shardOf ? def.shardOf(all[start]) : '';
      let end = start + 1;
      while (end < all.length && end - start < PIECE_ITEMS && (def.shardOf?.(all[end]) ?? '') === shard)
        end++;
      pieces.push({ collection: def.name, shard, items: new Uint8Array(serialize(all.slice(start, end))) });
      start = end;
      await turn();
    }
    if (all.length === 0)
      pieces.push({ collection: def.name, shard: '', items: new Uint8Array(serialize([])) });
  }
  return { teamId: tx.teamId, pieces };
}

/** The buffers to transfer with a snapshot. */
export const snapshotTransfer = (s: TeamSnapshot): ArrayBuffer[] =>
  s.pieces.map((p) => p.items.buffer as ArrayBuffer);
