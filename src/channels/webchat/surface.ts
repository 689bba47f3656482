import type { Surface } from '../botframework/activity-handler.ts';
import type { TurnIdentity } from '../botframework/identity.ts';

/**
 * The local web chat as a Bot Framework conversation: files come attached to the message, the
 * client's activity id is a delivery's key, charts are served by this computer, and the user is
 * who the local Direct Line says (the page's own conversation is its place to post).
 */
export const webChatSurface = (identity: TurnIdentity): Surface => ({
  identity,
  attachesFiles: true,
  clientActivityKeys: true,
  localImages: true,
  remembersConversations: false,
});
