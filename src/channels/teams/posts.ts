import type { ConversationReference as BotReference, CloudAdapter } from 'botbuilder';
import type { ChartRenderer } from '../../charts/spec.ts';
import type { Reply } from '../../core/reply.ts';
import type { Store } from '../../store/types.ts';
import { cardActivity } from './bot.ts';
import { replyToAdaptiveCard } from './cards/reply-card.ts';
import type { ChartImages } from './chart-images.ts';
import { type ConversationReference, postsReference } from './conversations.ts';
import { chartImages } from './render.ts';

export interface PostDeps {
  adapter: CloudAdapter;
  /** The bot's Microsoft app id; empty in local mode. */
  appId: string;
  store: Store;
  charts: ChartRenderer;
  images: ChartImages;
  publicBaseUrl: string | undefined;
  localOrigin: () => string;
}

/**
 * A reference for a new post: without the message it was taken from, so the post starts its own
 * thread in a Teams channel instead of answering an old message.
 */
export function newPostReference(reference: ConversationReference): ConversationReference {
  const { activityId: _activityId, ...rest } = reference;
  const conversation = { ...(reference.conversation ?? {}) } as Record<string, unknown>;
  if (typeof conversation.id === 'string') conversation.id = conversation.id.replace(/;messageid=\d+$/, '');
  return { ...rest, conversation };
}

/**
 * Posts a Reply, unasked, in the team's posts channel (set with `/channel set`); false when the
 * team has none on Teams. For watch notes, digests and other shared posts.
 */
export async function postReplyToTeam(deps: PostDeps, teamId: string, reply: Reply): Promise<boolean> {
  const reference = await postsReference(deps.store, teamId).catch(() => undefined);
  if (!reference) return false;
  const images = await chartImages(reply, deps.charts, deps.images, {
    kind: 'teams',
    publicBaseUrl: deps.publicBaseUrl,
    localOrigin: deps.localOrigin(),
  });
  const activity = cardActivity(replyToAdaptiveCard(reply, images));
  const target = newPostReference(reference) as Partial<BotReference>;
  await deps.adapter.continueConversationAsync(deps.appId, target, async (turn) => {
    // The continuation turn has a made-up activity id: answering it would be a reply to nothing.
    turn.onSendActivities(async (_turn, activities, next) => {
      for (const a of activities) delete a.replyToId;
      return next();
    });
    await turn.sendActivity(activity);
  });
  return true;
}
