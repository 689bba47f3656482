import { z } from 'zod';
import type { CollectionDef, TeamView } from '../store/types.ts';
import { WATCH_TYPES, type WatchNote } from './entities.ts';
import { foldAccents } from './search.ts';

export const SUBSCRIPTION_KINDS = ['tag', 'type', 'competitor'] as const;

/** A member's wish to be told when a matching note is posted. Id `<member>|<kind>|<folded value>`. */
export const Subscription = z.object({
  id: z.string().min(1).max(300),
  memberId: z.string().min(1),
  kind: z.enum(SUBSCRIPTION_KINDS),
  /** The value as typed (a tag, a type id, a competitor name). */
  value: z.string().min(1).max(120),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Subscription = z.infer<typeof Subscription>;

export const subscriptionsCollection: CollectionDef<Subscription> = {
  name: 'watch-subscriptions',
  schema: Subscription,
  version: 1,
};

export const subscriptionId = (memberId: string, kind: Subscription['kind'], value: string): string =>
  `${memberId}|${kind}|${foldAccents(value)}`.slice(0, 300);

export const isWatchType = (v: string): v is (typeof WATCH_TYPES)[number] =>
  (WATCH_TYPES as readonly string[]).includes(v);

/** Whether a note matches one subscription (tags and competitors accent- and case-insensitive). */
export function matches(s: Subscription, note: WatchNote): boolean {
  const v = foldAccents(s.value);
  if (s.kind === 'type') return note.type === s.value;
  if (s.kind === 'tag') return note.tags.some((t) => foldAccents(t) === v);
  return note.competitor !== undefined && foldAccents(note.competitor) === v;
}

/** The members to tell about a new note: each once, never its author. */
export function subscribersOf(view: TeamView, note: WatchNote): string[] {
  const who = view
    .collection(subscriptionsCollection)
    .all()
    .filter((s) => s.memberId !== note.authorId && matches(s, note))
    .map((s) => s.memberId);
  return [...new Set(who)];
}
