import { z } from 'zod';

/**
 * Which gateway shards this process runs. `count: 'auto'` takes Discord's recommendation
 * (GET /gateway/bot) and runs every shard; otherwise `ids` are this replica's part of `count`.
 */
export type ShardPlan = { count: 'auto' } | { count: number; ids: readonly number[] };

/** Discord's own limit is far lower; this only stops a typo (an extra zero) from opening 10,000 sockets. */
const MAX_SHARDS = 4096;

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** `DISCORD_SHARDS` and `DISCORD_SHARD_IDS` as the environment gives them (config.ts spreads these in). */
export const shardEnv = {
  DISCORD_SHARDS: z
    .string()
    .optional()
    .transform(blank)
    .pipe(
      z
        .string()
        .regex(/^(auto|[1-9]\d*)$/, 'auto, or the total number of shards (a whole number ≥ 1)')
        .optional(),
    ),
  DISCORD_SHARD_IDS: z
    .string()
    .optional()
    .transform(blank)
    .pipe(
      z
        .string()
        .regex(
          /^\d+(-\d+)?(\s*,\s*\d+(-\d+)?)*$/,
          'shard ids like 0,1 or 0-3 (comma-separated, ranges allowed)',
        )
        .optional(),
    ),
};

/** `0,2-4` → [0, 2, 3, 4]; a range written backwards is a problem, not an empty set. */
function expandIds(list: string): number[] | string {
  const ids = new Set<number>();
  for (const part of list.split(',').map((p) => p.trim())) {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    if (to < from) return `the range ${part} goes backwards (write ${to}-${from})`;
    for (let id = from; id <= to && ids.size <= MAX_SHARDS; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * The shard plan from the two variables, or the problems (one line each, naming the variable).
 * A subset needs an explicit total: replicas that each asked Discord could disagree if the
 * recommendation changed between their starts, and a guild would then have no shard, or two.
 */
export function shardPlan(
  shards: string | undefined,
  shardIds: string | undefined,
): { plan: ShardPlan; problems: string[] } {
  const auto = { plan: { count: 'auto' as const }, problems: [] };
  if (shards === undefined || shards === 'auto') {
    if (shardIds === undefined) return auto;
    return {
      ...auto,
      problems: [
        '  DISCORD_SHARD_IDS: needs DISCORD_SHARDS, the total number of shards, set to the same number on every replica',
      ],
    };
  }
  const count = Number(shards);
  if (count > MAX_SHARDS) return { ...auto, problems: [`  DISCORD_SHARDS: at most ${MAX_SHARDS}`] };
  const all = Array.from({ length: count }, (_, i) => i);
  if (shardIds === undefined) return { plan: { count, ids: all }, problems: [] };
  const ids = expandIds(shardIds);
  if (typeof ids === 'string') return { ...auto, problems: [`  DISCORD_SHARD_IDS: ${ids}`] };
  const outside = ids.filter((id) => id >= count);
  if (outside.length > 0) {
    return {
      ...auto,
      problems: [
        `  DISCORD_SHARD_IDS: ${outside.join(', ')} not below DISCORD_SHARDS=${count} (shard ids run from 0 to ${count - 1})`,
      ],
    };
  }
  return { plan: { count, ids }, problems: [] };
}

/** The shard a guild's events come through: Discord's rule, (guild_id >> 22) % shard count. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** The discord.js client options for a plan (the client's own sharding: one process, several sockets). */
export function clientShardOptions(plan: ShardPlan): { shards: 'auto' | number[]; shardCount?: number } {
  return plan.count === 'auto' ? { shards: 'auto' } : { shards: [...plan.ids], shardCount: plan.count };
}

/** `shards 0, 1 of 2` for the start-up line. */
export function describeShards(ids: readonly number[], count: number): string {
  return `shard${ids.length === 1 ? '' : 's'} ${ids.join(', ')} of ${count}`;
}
