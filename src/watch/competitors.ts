import { z } from 'zod';
import type { CommandContext } from '../core/command.ts';
import { normalizeKey } from '../core/values.ts';
import { nextId } from '../domain/lookup.ts';
import type { CollectionDef } from '../store/types.ts';

export const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;

const SwotLine = z.object({
  kind: z.enum(SWOT_KINDS),
  text: z.string().min(1).max(300),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

/** A competitor the team tracks (id `K-<n>`): its SWOT lines; notes point to it by name. */
export const Competitor = z.object({
  id: z.string().regex(/^K-\d+$/),
  name: z.string().min(1).max(120),
  website: z.url().max(300).optional(),
  swot: z.array(SwotLine).max(200).default([]),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
});
export type Competitor = z.infer<typeof Competitor>;

export const competitorsCollection: CollectionDef<Competitor> = {
  name: 'competitors',
  schema: Competitor,
  version: 1,
};

/** The competitor of that name (accent- and case-insensitive) or id, if the team has it. */
export function findCompetitor(ctx: Pick<CommandContext, 'tx'>, ref: string): Competitor | undefined {
  const all = ctx.tx.collection(competitorsCollection);
  const byId = all.get(ref.trim().toUpperCase());
  if (byId) return byId;
  const key = normalizeKey(ref);
  return all.all().find((c) => normalizeKey(c.name) === key);
}

/** The named competitor, created when the team meets it for the first time. */
export function competitorFor(
  ctx: CommandContext,
  name: string,
): { competitor: Competitor; created: boolean } {
  const found = findCompetitor(ctx, name);
  if (found) return { competitor: found, created: false };
  const competitor: Competitor = {
    id: nextId(ctx.tx.collection(competitorsCollection), 'K'),
    name: name.trim(),
    swot: [],
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.member.id,
  };
  ctx.tx.collection(competitorsCollection).put(competitor);
  return { competitor, created: true };
}
