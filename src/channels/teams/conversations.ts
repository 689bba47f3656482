import type { ChannelLink } from '../../core/conversations/links.ts';
import type { ConversationStore } from '../../core/conversations/store.ts';
import type { Team } from '../../domain/entities.ts';
import type { Locale } from '../../domain/ids.ts';
import type { ConversationReference } from '../botframework/activity-handler.ts';
import type { TurnIdentity } from '../botframework/identity.ts';

export type { ConversationReference };

/** A channel's conversation id without the thread (`<channel>;messageid=<n>` → `<channel>`). */
export const channelConversationId = (id: string): string => id.replace(/;messageid=\d+$/, '');

const newTeam = (identity: TurnIdentity, locale: Locale | undefined, now: Date): Team => ({
  id: identity.teamId,
  name: identity.teamName,
  settings: { locale: locale ?? 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
  createdAt: now.toISOString(),
});

/**
 * Remembers where the bot was installed or spoken to, so it can post there later (and after a
 * restart: the reference is in the team's store). Writes only when the place is new or moved.
 */
export async function rememberConversation(
  conversations: ConversationStore,
  identity: TurnIdentity,
  reference: ConversationReference,
  opts: { now: Date; locale?: Locale },
): Promise<boolean> {
  const conversationId = reference.conversation?.id;
  if (!conversationId) return false;
  // A channel's threads are `<channel>;messageid=<n>`: one link per channel, not one per thread.
  const link: ChannelLink = {
    id: `teams:${channelConversationId(conversationId)}`.slice(0, 300),
    channel: 'teams',
    purpose: 'conversation',
    reference: { ...reference },
    updatedAt: opts.now.toISOString(),
  };
  return conversations.remember(identity.teamId, link, {
    init: () => newTeam(identity, opts.locale, opts.now),
    moved: (known) => known.reference.serviceUrl !== reference.serviceUrl,
  });
}

/** The reference of the team's first Teams link that `matches`, if any. */
async function teamsReference(
  conversations: ConversationStore,
  teamId: string,
  matches: (link: ChannelLink) => boolean,
): Promise<ConversationReference | undefined> {
  const link = await conversations.find(teamId, (l) => l.channel === 'teams' && matches(l));
  return link?.reference as ConversationReference | undefined;
}

/** The team's posts channel on Teams (set by `/channel set`), if any. */
export const postsReference = (
  conversations: ConversationStore,
  teamId: string,
): Promise<ConversationReference | undefined> =>
  teamsReference(conversations, teamId, (l) => l.purpose === 'posts');

/** A stored reference to one conversation of the team (its posts channel, or where the bot was spoken to). */
export const teamsReferenceTo = (
  conversations: ConversationStore,
  teamId: string,
  conversationId: string,
): Promise<ConversationReference | undefined> =>
  teamsReference(conversations, teamId, (l) => {
    const id = (l.reference as ConversationReference).conversation?.id;
    return typeof id === 'string' && channelConversationId(id) === conversationId;
  });
