import type { ConversationStore } from '../../core/conversations/store.ts';
import type { Team } from '../../domain/entities.ts';
import type { TurnIdentity } from '../botframework/identity.ts';
import type { ConversationReference } from './conversations.ts';

/**
 * Where the personal chats of a tenant's users are kept: a personal chat is its own team in the
 * store (`teams:<tenant>:conv:<id>`), so a Teams team cannot find its members' chats by itself.
 * One store entry per tenant, holding one link per member id (`teams:<user>`).
 */
const personalChatsTeamId = (tenant: string): string => `teams:${tenant}:personal-chats`;

/** `teams:<tenant>:…` → the tenant (see identity.ts). */
const tenantOf = (teamId: string): string | undefined =>
  teamId.startsWith('teams:') ? teamId.split(':')[1] : undefined;

const directory = (teamId: string, now: Date): Team => ({
  id: teamId,
  name: 'Teams personal chats',
  settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
  createdAt: now.toISOString(),
});

/**
 * Keeps the reference of a user's personal chat with the bot (when they write to it personally),
 * so that notices can reach them there later. Writes only when the chat is new or moved.
 */
export async function rememberPersonalChat(
  conversations: ConversationStore,
  identity: TurnIdentity,
  reference: ConversationReference,
  now: Date,
): Promise<void> {
  const tenant = tenantOf(identity.teamId);
  if (!tenant || !reference.conversation?.id) return;
  const teamId = personalChatsTeamId(tenant);
  await conversations.remember(
    teamId,
    {
      id: identity.user.id,
      channel: 'teams',
      purpose: 'conversation',
      reference: { ...reference },
      updatedAt: now.toISOString(),
    },
    {
      init: () => directory(teamId, now),
      moved: (known) => {
        const was = known.reference as ConversationReference;
        return was.conversation?.id !== reference.conversation?.id || was.serviceUrl !== reference.serviceUrl;
      },
    },
  );
}

/** The member's personal chat with the bot, if they ever wrote to it personally. */
export async function personalChatOf(
  conversations: ConversationStore,
  teamId: string,
  memberId: string,
): Promise<ConversationReference | undefined> {
  const tenant = tenantOf(teamId);
  if (!tenant) return undefined;
  const link = await conversations
    .find(personalChatsTeamId(tenant), (l) => l.id === memberId)
    .catch(() => undefined);
  return link?.reference as ConversationReference | undefined;
}
