import type { ConversationStore } from '../../core/conversations/store.ts';
import type { ConversationReference } from '../botframework/activity-handler.ts';
import type { TurnIdentity } from '../botframework/identity.ts';

/** `teams:<tenant>:…` → `teams:<tenant>`: the directory a Teams member's personal chat is kept in (see identity.ts). */
const scopeOf = (teamId: string): string | undefined =>
  teamId.startsWith('teams:') ? `teams:${teamId.split(':')[1]}` : undefined;

/**
 * Keeps the reference of a user's personal chat with the bot (when they write to it personally),
 * so that notices and files can reach them there later. Writes only when the chat is new or moved.
 */
export async function rememberPersonalChat(
  conversations: ConversationStore,
  identity: TurnIdentity,
  reference: ConversationReference,
  now: Date,
): Promise<void> {
  const scope = scopeOf(identity.teamId);
  if (!scope || !reference.conversation?.id) return;
  await conversations.rememberPersonalChat(
    scope,
    { id: identity.user.id, channel: 'teams', reference: { ...reference }, updatedAt: now.toISOString() },
    (known) => {
      const was = known.reference as ConversationReference;
      return was.conversation?.id !== reference.conversation?.id || was.serviceUrl !== reference.serviceUrl;
    },
  );
}

/** The member's personal chat with the bot, if they ever wrote to it personally. */
export async function personalChatOf(
  conversations: ConversationStore,
  teamId: string,
  memberId: string,
): Promise<ConversationReference | undefined> {
  const scope = scopeOf(teamId);
  if (!scope) return undefined;
  const chat = await conversations.personalChatOf(scope, memberId);
  return chat?.reference as ConversationReference | undefined;
}
