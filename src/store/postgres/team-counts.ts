/** How many transactions of each team are at some stage in this process. */
export function createTeamCounts() {
  const counts = new Map<string, number>();
  return {
    has: (teamId: string): boolean => counts.has(teamId),
    /** Counts one more on the team; the returned function ends it. */
    enter(teamId: string): () => void {
      counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
      return () => {
        const n = (counts.get(teamId) ?? 1) - 1;
        if (n > 0) counts.set(teamId, n);
        else counts.delete(teamId);
      };
    },
  };
}
