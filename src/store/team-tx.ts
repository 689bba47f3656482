import type { Activity, Campaign, Member, Prospect } from '../domain/entities.ts';
import { Team } from '../domain/entities.ts';
import { CarriedOverlay } from './carried-overlay.ts';
import { CollectionOverlay } from './collection-overlay.ts';
import { type AnyCollectionDef, teamCollections } from './collections.ts';
import type { CommitPlan } from './commit.ts';
import { TeamNotFoundError } from './errors.ts';
import type { TeamState } from './team-state.ts';
import type { CollectionDef, CollectionTx, TeamTx } from './types.ts';
import { validateItem } from './validate.ts';

/** A transaction's view of a team, plus what the store needs to commit or drop it. */
export interface TxSession {
  readonly tx: TeamTx;
  /** Makes the tx unusable: a tx kept past its `fn` would read and write a state that moved on. */
  close(): void;
  plan(): CommitPlan;
}

/** Validates a team record for `teamId` (from `init` or `setTeam`). */
export function checkTeam(team: Team, teamId: string): Team {
  const valid = validateItem(Team, team, 'team');
  if (valid.id !== teamId)
    throw new Error(`team record id ${JSON.stringify(valid.id)} is not ${JSON.stringify(teamId)}`);
  return valid;
}

/**
 * Runs `fn` over a transaction on `state` (creating the team with `init` when it has none yet) and
 * gives back its result and what it staged; both engines commit that plan their own way.
 */
export async function runTx<R>(
  state: TeamState,
  fn: (tx: TeamTx) => Promise<R> | R,
  init: (() => Team) | undefined,
): Promise<{ result: R; plan: CommitPlan; created: boolean }> {
  let created: Team | null = null;
  if (!state.team) {
    if (!init) throw new TeamNotFoundError(state.teamId);
    created = checkTeam(init(), state.teamId);
  }
  const session = openTx(state, created);
  let result: R;
  try {
    result = await fn(session.tx);
  } finally {
    session.close();
  }
  return { result, plan: session.plan(), created: created !== null };
}

/** Opens a transaction over `state`; `created` is the record of a team this transaction creates. */
export function openTx(state: TeamState, created: Team | null): TxSession {
  let open = true;
  let stagedTeam: Team | null = created;
  const assertOpen = () => {
    if (!open) throw new Error(`transaction on team ${state.teamId} is over`);
  };
  const overlays = new Map<string, CollectionOverlay>();
  const carriedOverlays = new Map<string, CarriedOverlay>();
  let writes = created ? 1 : 0;
  const counted = () => {
    writes++;
  };

  function collection<T extends { id: string }>(def: CollectionDef<T>): CollectionTx<T> {
    assertOpen();
    if (def.carried) return carriedCollection(def);
    const col = state.collections.get(def.name);
    if (!col || col.def !== (def as AnyCollectionDef)) {
      throw new Error(`collection ${def.name} is not registered with openStore({ collections })`);
    }
    let overlay = overlays.get(def.name);
    if (!overlay) {
      overlay = new CollectionOverlay(col, assertOpen, counted);
      overlays.set(def.name, overlay);
    }
    // The overlay stores items of the def's type; its methods are typed over `{ id }` only.
    return overlay as unknown as CollectionTx<T>;
  }

  function carriedCollection<T extends { id: string }>(def: CollectionDef<T>): CollectionTx<T> {
    const cs = state.carried.get(def.name);
    if (!cs || cs.def !== (def as AnyCollectionDef)) {
      throw new Error(`collection ${def.name} is not registered with openStore({ collections })`);
    }
    let overlay = carriedOverlays.get(def.name);
    if (!overlay) {
      overlay = new CarriedOverlay(state, cs, assertOpen, counted);
      carriedOverlays.set(def.name, overlay);
    }
    return overlay as unknown as CollectionTx<T>;
  }

  const tx: TeamTx = {
    teamId: state.teamId,
    get team(): Team {
      assertOpen();
      const team = stagedTeam ?? state.team;
      if (!team) throw new Error(`team ${state.teamId} has no record`);
      return team;
    },
    setTeam(team: Team): void {
      assertOpen();
      stagedTeam = checkTeam(team, state.teamId);
      writes++;
    },
    get members(): CollectionTx<Member> {
      return collection(teamCollections.members);
    },
    get prospects(): CollectionTx<Prospect> {
      return collection(teamCollections.prospects);
    },
    get activities(): CollectionTx<Activity> {
      return collection(teamCollections.activities);
    },
    get campaigns(): CollectionTx<Campaign> {
      return collection(teamCollections.campaigns);
    },
    collection,
    get dirty(): boolean {
      const staged = (o: { staged: boolean }) => o.staged;
      return stagedTeam !== null || [...overlays.values(), ...carriedOverlays.values()].some(staged);
    },
    get writes(): number {
      return writes;
    },
  };

  return {
    tx,
    close: () => {
      open = false;
    },
    plan: () => ({
      team: stagedTeam,
      changes: [...overlays.values()].flatMap((o) => o.changes()),
      carried: [...carriedOverlays.values()].filter((o) => o.staged).map((o) => o.change()),
    }),
  };
}
