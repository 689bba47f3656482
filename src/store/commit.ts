import { Team } from '../domain/entities.ts';
import { unlinkDurable } from './atomic-fs.ts';
import { migrateItems } from './codecs.ts';
import { DurableJsonFile } from './durable-file.ts';
import { StoreCorruptError } from './errors.ts';
import { type Journal, journalCodec } from './journal.ts';
import {
  type CollectionState,
  type Item,
  installShard,
  openShard,
  type Shard,
  type TeamState,
} from './team-state.ts';
import { deepFreeze, describeIssue, validateItems } from './validate.ts';

/** The new content of one file, as changes on top of what is cached. */
export interface FileChange {
  readonly col: CollectionState;
  readonly shard: string;
  readonly upserts: Item[];
  readonly removes: string[];
}

/** Everything one commit writes. */
export interface CommitPlan {
  readonly team: Team | null;
  readonly changes: FileChange[];
}

export const isEmptyPlan = (plan: CommitPlan): boolean => plan.team === null && plan.changes.length === 0;

const journalFile = (state: TeamState) => new DurableJsonFile<Journal>(state.paths.journalFile, journalCodec);

function toJournal(state: TeamState, plan: CommitPlan): Journal {
  const files = plan.changes.map((c) => ({
    collection: c.col.def.name,
    version: c.col.def.version,
    shard: c.shard,
    upserts: c.upserts,
    removes: c.removes,
  }));
  return plan.team ? { teamId: state.teamId, team: plan.team, files } : { teamId: state.teamId, files };
}

/**
 * Writes a plan: one file atomically, or several behind a journal. Memory is updated only once every
 * file is on disk; if this throws, the caller must drop the cached state (disk may be half-way, with
 * the journal to finish it on the next load).
 */
export async function applyPlan(state: TeamState, plan: CommitPlan, replaying = false): Promise<void> {
  const prepared = plan.changes.map((change) => {
    const current = change.col.shards.get(change.shard);
    const shard: Shard = current ?? openShard(state, change.col, change.shard);
    // Logging new items is most commits: then the cached map grows in place once written, and the
    // codec extends the shard's text instead of re-encoding it.
    const appendOnly =
      current !== undefined &&
      change.removes.length === 0 &&
      change.upserts.every((u) => !current.byId.has(u.id));
    if (appendOnly) {
      return { change, shard, byId: null, data: change.col.codec.append(current.db.data, change.upserts) };
    }
    const byId = new Map(current?.byId);
    for (const id of change.removes) byId.delete(id);
    for (const item of change.upserts) byId.set(item.id, item);
    return { change, shard, byId, data: [...byId.values()] };
  });
  const fileCount = prepared.length + (plan.team ? 1 : 0);
  const journaled = fileCount > 1;
  if (journaled && !replaying) await journalFile(state).write(toJournal(state, plan));
  await Promise.all([
    ...prepared.map(({ shard, data }) => {
      shard.db.data = data;
      return shard.db.write();
    }),
    plan.team ? state.teamFile.write(plan.team) : undefined,
  ]);
  // A journal left behind after later commits would replay stale changes, so its removal is durable.
  if (journaled || replaying) await unlinkDurable(state.paths.journalFile);

  for (const { change, shard, byId } of prepared) {
    const { col } = change;
    if (byId === null) for (const item of change.upserts) shard.byId.set(item.id, item);
    else shard.byId = byId;
    if (col.shards.get(change.shard) !== shard) installShard(state, col, shard);
    for (const id of change.removes) if (col.index.get(id) === change.shard) col.index.delete(id);
    for (const item of change.upserts) col.index.set(item.id, change.shard);
  }
  if (plan.team) state.team = plan.team;
}

/** Turns a leftover journal into a plan, validating (and migrating) its items like a file's. */
function planFromJournal(state: TeamState, journal: Journal, file: string): CommitPlan {
  if (journal.teamId !== state.teamId) {
    throw new StoreCorruptError(file, `belongs to team ${JSON.stringify(journal.teamId)}`);
  }
  let team: Team | null = null;
  if (journal.team !== undefined) {
    const result = Team.safeParse(journal.team);
    if (!result.success) throw new StoreCorruptError(file, `team: ${describeIssue(result.error)}`);
    team = deepFreeze(result.data);
    if (team.id !== state.teamId)
      throw new StoreCorruptError(file, `team record has id ${JSON.stringify(team.id)}`);
  }
  const changes = journal.files.map((entry): FileChange => {
    const col = state.collections.get(entry.collection);
    if (!col) {
      // Finishing it without the collection's schema could write unchecked data: leave it for a store that knows it.
      throw new Error(
        `${file} lists collection "${entry.collection}", which this store does not register; ` +
          'open the store with that collection to finish the interrupted commit',
      );
    }
    if (entry.version > col.def.version) {
      throw new StoreCorruptError(
        file,
        `${entry.collection} version ${entry.version} is newer than supported`,
      );
    }
    if (Boolean(col.def.shardOf) !== (entry.shard !== '')) {
      throw new StoreCorruptError(file, `bad shard ${JSON.stringify(entry.shard)} for ${entry.collection}`);
    }
    const upserts = validateItems(
      col.def.schema,
      migrateItems(col.def, entry.version, entry.upserts, file),
      file,
    );
    return { col, shard: entry.shard, upserts, removes: entry.removes };
  });
  return { team, changes };
}

/** Finishes a commit interrupted by a crash, if `journal.json` exists; true when one was replayed. */
export async function replayJournal(state: TeamState): Promise<boolean> {
  const file = journalFile(state);
  const journal = await file.read();
  if (journal === null) return false;
  await applyPlan(state, planFromJournal(state, journal, file.file), true);
  return true;
}

/** Validates a leftover journal without applying it (for `verifyAll`). */
export async function checkJournal(state: TeamState): Promise<boolean> {
  const file = journalFile(state);
  const journal = await file.read();
  if (journal === null) return false;
  planFromJournal(state, journal, file.file);
  return true;
}
