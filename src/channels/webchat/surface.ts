import type { Surface } from '../botframework/activity-handler.ts';
import type { TurnIdentity } from '../botframework/identity.ts';
import { fileMessages } from './file-messages.ts';

/**
 * The local web chat as a Bot Framework conversation: files come attached to the message (an
 * export's files go back as downloads), the client's activity id is a delivery's key, charts are
 * served by this computer, and the user is who the local Direct Line says (the page's own
 * conversation is its place to post).
 */
export const webChatSurface = (
  identity: TurnIdentity,
  attachedFile: (contentUrl: string) => Uint8Array | undefined,
): Surface => ({
  identity,
  attachedFile,
  clientActivityKeys: true,
  localImages: true,
  remembersConversations: false,
  moreMessages: fileMessages,
});
