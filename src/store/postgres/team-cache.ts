/**
 * The teams a replica keeps in memory, least recently used first out beyond `limit`, so that a
 * replica's memory follows the teams it serves, not every team of the database. A team `held` (a
 * transaction running or queued on it here) is never dropped; an evicted team is loaded again
 * (cold) by its next command. A team kept `spare` (loaded by a scheduler, into room nobody used)
 * goes before any other, until a command uses it.
 */
export interface TeamCache<T> {
  /** The team, now the most recently used (and no longer spare). */
  get(teamId: string): T | undefined;
  /** The team, its place in the order left as it is. */
  peek(teamId: string): T | undefined;
  /**
   * Keeps `team` (in its place if it is already kept) and trims. A new spare team takes room nobody
   * uses or the place of the oldest spare one not held; when there is neither, it is not kept.
   */
  set(teamId: string, team: T, spare?: boolean): void;
  delete(teamId: string): void;
  /** Drops spare teams, then the least recently used, none held, while more than `limit` are kept. */
  trim(): void;
  clear(): void;
  readonly size: number;
}

export function createTeamCache<T>(limit: number, held: (teamId: string) => boolean): TeamCache<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`team cache limit must be a positive integer, not ${limit}`);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const teams = new Map<string, T>();
  const spares = new Set<string>();
  const dropFrom = (ids: Iterable<string>) => {
    for (const teamId of ids) {
      if (teams.size <= limit) return;
      if (held(teamId)) continue;
      teams.delete(teamId);
      spares.delete(teamId);
    }
  };
  const trim = () => {
    if (teams.size <= limit) return;
    dropFrom(spares);
    dropFrom(teams.keys());
  };
  return {
    get(teamId) {
      const team = teams.get(teamId);
      if (team !== undefined) {
        teams.delete(teamId);
        teams.set(teamId, team);
        spares.delete(teamId);
      }
      return team;
    },
    peek: (teamId) => teams.get(teamId),
    set(teamId, team, spare = false) {
      if (spare && !teams.has(teamId) && teams.size >= limit) {
        const replaced = [...spares].find((id) => !held(id));
        if (replaced === undefined) return;
        teams.delete(replaced);
        spares.delete(replaced);
      }
      if (teams.get(teamId) !== team) {
        teams.delete(teamId);
        teams.set(teamId, team);
        if (spare) spares.add(teamId);
        else spares.delete(teamId);
      }
      trim();
    },
    delete(teamId) {
      teams.delete(teamId);
      spares.delete(teamId);
    },
    trim,
    clear() {
      teams.clear();
      spares.clear();
    },
    get size() {
      return teams.size;
    },
  };
}
