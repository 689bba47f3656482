import type { Activity, ConversationReference as BotReference, CloudAdapter, TurnContext } from 'botbuilder';
import type { ChartRenderer } from '../../charts/spec.ts';
import type { PostHandle } from '../../core/conversations/post-handle.ts';
import type { ConversationStore } from '../../core/conversations/store.ts';
import type { Outlet } from '../../core/effects/outlet.ts';
import type { Reply } from '../../core/reply.ts';
import { replyMessages } from './cards/message-budget.ts';
import type { ChartImages } from './chart-images.ts';
import {
  type ConversationReference,
  channelConversationId,
  postsReference,
  teamsReferenceTo,
} from './conversations.ts';
import { chartImages } from './render.ts';

export interface PostDeps {
  adapter: CloudAdapter;
  /** The bot's Microsoft app id; empty in local mode. */
  appId: string;
  conversations: ConversationStore;
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
  if (typeof conversation.id === 'string') conversation.id = channelConversationId(conversation.id);
  return { ...rest, conversation };
}

/** A Reply as the Adaptive Card message activity that carries it, chart images included. */
export async function replyActivity(deps: PostDeps, reply: Reply): Promise<Partial<Activity>> {
  const images = await chartImages(reply, deps.charts, deps.images, {
    kind: 'teams',
    publicBaseUrl: deps.publicBaseUrl,
    localOrigin: deps.localOrigin(),
  });
  // A post is one message (it may be updated later): within the size budget, charts included.
  return replyMessages(reply, images, { maxMessages: 1 })[0] as Partial<Activity>;
}

/**
 * Runs `logic` in a proactive turn of the conversation. The continuation turn has a made-up
 * activity id: what it sends or updates must not be a reply to it.
 */
export async function inConversation<R>(
  deps: PostDeps,
  reference: ConversationReference,
  logic: (turn: TurnContext) => Promise<R>,
): Promise<R> {
  let result: R | undefined;
  const target = newPostReference(reference) as Partial<BotReference>;
  await deps.adapter.continueConversationAsync(deps.appId, target, async (turn) => {
    turn.onSendActivities(async (_turn, activities, next) => {
      for (const a of activities) delete a.replyToId;
      return next();
    });
    turn.onUpdateActivity(async (_turn, activity, next) => {
      delete activity.replyToId;
      return next();
    });
    result = await logic(turn);
  });
  return result as R;
}

/** Sends a Reply as a card in the conversation; the new activity's id, when the service gives one. */
export async function sendReplyTo(
  deps: PostDeps,
  reference: ConversationReference,
  reply: Reply,
): Promise<string | undefined> {
  const activity = await replyActivity(deps, reply);
  const sent = await inConversation(deps, reference, (turn) => turn.sendActivity(activity));
  return sent?.id || undefined;
}

/**
 * Posts a Reply, unasked, in the team's posts channel (set with `/channel set`): the post's
 * handle, `undefined` when the service gave no id, `false` when the team has no Teams channel.
 */
export async function postReplyToTeam(
  deps: PostDeps,
  teamId: string,
  reply: Reply,
): Promise<PostHandle | undefined | false> {
  const reference = await postsReference(deps.conversations, teamId).catch(() => undefined);
  if (!reference) return false;
  const conversationId = newPostReference(reference).conversation?.id;
  const messageId = await sendReplyTo(deps, reference, reply);
  if (!conversationId || !messageId) return undefined;
  return { channel: 'teams', conversationId, messageId };
}

/** The conversation of an earlier post, from the team's stored references; throws when unknown. */
async function postConversation(deps: PostDeps, teamId: string, post: PostHandle) {
  const reference = await teamsReferenceTo(deps.conversations, teamId, post.conversationId);
  if (!reference) throw new Error('no stored reference to the Teams conversation of the post');
  return reference;
}

/**
 * Watch notes, digests and other shared posts on Teams; an earlier post is updated or deleted by
 * its activity id in a proactive turn of its conversation (`updateActivity`, `deleteActivity`).
 */
export function teamsPoster(deps: () => PostDeps): Required<Pick<Outlet, 'post' | 'update' | 'remove'>> {
  return {
    async post(teamId, _link, reply) {
      const posted = await postReplyToTeam(deps(), teamId, reply);
      if (posted === false) throw new Error('no Teams posts channel');
      return posted;
    },
    async update(teamId, post, reply) {
      const d = deps();
      const reference = await postConversation(d, teamId, post);
      const activity = await replyActivity(d, reply);
      await inConversation(d, reference, (turn) => turn.updateActivity({ ...activity, id: post.messageId }));
    },
    async remove(teamId, post) {
      const d = deps();
      const reference = await postConversation(d, teamId, post);
      await inConversation(d, reference, (turn) => turn.deleteActivity(post.messageId));
    },
  };
}
