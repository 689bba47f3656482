import { join } from 'node:path';
import { Team } from '../domain/entities.ts';
import { unlinkDurable } from './atomic-fs.ts';
import { readHost } from './carried.ts';
import { migrateItems, teamCodec } from './codecs.ts';
import { applyPlan, type CommitPlan, type FileChange, renameAll } from './commit.ts';
import { DurableJsonFile, type FileCodec } from './durable-file.ts';
import { StoreCorruptError } from './errors.ts';
import { type Journal, journalFile } from './journal.ts';
import { refreshTeamState } from './team-load.ts';
import type { TeamState } from './team-state.ts';
import { deepFreeze, describeIssue, validateItems } from './validate.ts';

/** Finishing or checking the journal a crash left behind (see journal.ts for both versions). */

type JournalV1 = Extract<Journal, { version: 1 }>;

/** Finishing or checking a journal without the collection's schema could pass unchecked data: refused. */
const unregistered = (file: string, name: string): Error =>
  new Error(
    `${file} lists collection "${name}", which this store does not register; ` +
      'open the store with that collection to finish the interrupted commit',
  );

/** Turns a leftover journal into a plan, validating (and migrating) its items like a file's. */
function planFromJournal(state: TeamState, journal: JournalV1, file: string): CommitPlan {
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
    if (!col) throw unregistered(file, entry.collection);
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
  return { team, changes, carried: [] };
}

/** A journal's team is this state's team, or the folder is corrupt. */
function checkTeamOf(state: TeamState, journal: Journal, file: string): void {
  if (journal.teamId !== state.teamId) {
    throw new StoreCorruptError(file, `belongs to team ${JSON.stringify(journal.teamId)}`);
  }
}

/** The codec a version-2 journal's target is read with: team.json, `<collection>.json` or `<collection>/<shard>.json`. */
function codecOfTarget(state: TeamState, to: string, file: string) {
  if (to === 'team.json') return teamCodec(Team);
  const [name, shard] = to.replace(/\.json$/, '').split('/') as [string, string | undefined];
  const col = state.collections.get(name);
  if (!col) throw unregistered(file, name);
  if (Boolean(col.def.shardOf) !== (shard !== undefined))
    throw new StoreCorruptError(file, `bad target ${JSON.stringify(to)} for ${name}`);
  return col.codec;
}

/**
 * Finishes a commit interrupted by a crash, if `journal.json` exists; true when one was replayed.
 * Version 2: the remaining renames, then what they changed is reloaded into `state`.
 */
export async function replayJournal(state: TeamState): Promise<boolean> {
  const file = journalFile(state.paths.journalFile);
  const journal = await file.read();
  if (journal === null) return false;
  checkTeamOf(state, journal, file.file);
  if (journal.version === 1) {
    await applyPlan(state, planFromJournal(state, journal, file.file), true);
    return true;
  }
  await renameAll(state.paths.dir, journal.renames, true);
  await unlinkDurable(file.file);
  await refreshTeamState(state);
  return true;
}

/** Validates a leftover journal, and the temp files it would rename, without applying it (for `verifyAll`). */
export async function checkJournal(state: TeamState): Promise<boolean> {
  const file = journalFile(state.paths.journalFile);
  const journal = await file.read();
  if (journal === null) return false;
  checkTeamOf(state, journal, file.file);
  if (journal.version === 1) planFromJournal(state, journal, file.file);
  else {
    for (const r of journal.renames) {
      const codec = codecOfTarget(state, r.to, file.file);
      const staged = new DurableJsonFile<unknown>(join(state.paths.dir, r.from), codec as FileCodec<unknown>);
      await staged.read();
      // `team.json` → `team`, `activities/2024-01-01.json` → `activities/2024-01-01`: its carried items too.
      readHost(state, r.to.replace(/\.json$/, ''), staged.carried, staged.file);
    }
  }
  return true;
}
