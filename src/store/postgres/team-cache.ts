/**
 * The teams a replica keeps in memory, least recently used first out beyond `limit`, so that a
 * replica's memory follows the teams it serves, not every team of the database. A team `held` (a
 * transaction running or queued on it here) is never dropped; an evicted team is loaded again
 * (cold) by its next command.
 */
export interface TeamCache<T> {
  /** The team, now the most recently used. */
  get(teamId: string): T | undefined;
  /** The team, its place in the order left as it is. */
  peek(teamId: string): T | undefined;
  set(teamId: string, team: T): void;
  delete(teamId: string): void;
  /** Drops the least recently used teams not held while more than `limit` are kept. */
  trim(): void;
  clear(): void;
  readonly size: number;
}

export function createTeamCache<T>(limit: number, held: (teamId: string) => boolean): TeamCache<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`team cache limit must be a positive integer, not ${limit}`);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const teams = new Map<string, T>();
  const trim = () => {
    if (teams.size <= limit) return;
    for (const teamId of teams.keys()) {
      if (teams.size <= limit) return;
      if (!held(teamId)) teams.delete(teamId);
    }
  };
  return {
    get(teamId) {
      const team = teams.get(teamId);
      if (team !== undefined) {
        teams.delete(teamId);
        teams.set(teamId, team);
      }
      return team;
    },
    peek: (teamId) => teams.get(teamId),
    set(teamId, team) {
      teams.delete(teamId);
      teams.set(teamId, team);
      trim();
    },
    delete: (teamId) => void teams.delete(teamId),
    trim,
    clear: () => teams.clear(),
    get size() {
      return teams.size;
    },
  };
}
