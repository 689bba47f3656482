/** A message object as Discord's REST API returns it (the fields discord.js needs). */
export type FakeMessage = Record<string, unknown> & { id: string; channel_id: string };

export type Answer = { status: number; body?: unknown };

/** A message object as Discord returns it for a sent or edited message. */
export const messageObject = (
  appId: string,
  channelId: string,
  id: string,
  b: Record<string, unknown>,
  type = 0,
): FakeMessage => ({
  id,
  channel_id: channelId,
  author: { id: appId, username: 'bot', discriminator: '0', avatar: null, bot: true },
  content: b.content ?? '',
  embeds: b.embeds ?? [],
  attachments: [],
  components: b.components ?? [],
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  type,
  flags: b.flags ?? 0,
});

const unknownMessage: Answer = { status: 404, body: { message: 'Unknown Message', code: 10008 } };

/**
 * The channel messages and DM channels of the fake Discord, kept as the real API does: a message
 * can be edited (`PATCH`) or deleted (`DELETE`) while it exists, then answers 10008 Unknown
 * Message; `POST /users/@me/channels` opens a user's DM channel, the same one each time.
 */
export function fakeMessages(appId: string, newId: () => string) {
  const channels = new Map<string, Map<string, FakeMessage>>();
  const dms = new Map<string, { id: string; type: 1; recipients: unknown[]; last_message_id: null }>();

  /** The answer to a messages or DM route, or undefined for other routes. */
  function handle(method: string, path: string, body: unknown): Answer | undefined {
    const b = (body ?? {}) as Record<string, unknown>;
    if (method === 'POST' && path === '/api/v10/users/@me/channels') {
      const recipient = String(b.recipient_id);
      let dm = dms.get(recipient);
      if (!dm) {
        dm = {
          id: newId(),
          type: 1,
          recipients: [{ id: recipient, username: 'member' }],
          last_message_id: null,
        };
        dms.set(recipient, dm);
      }
      return { status: 200, body: dm };
    }
    const m = /^\/api\/v10\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (!m) return undefined;
    const [, channelId = '', messageId] = m;
    const inChannel = channels.get(channelId) ?? new Map<string, FakeMessage>();
    channels.set(channelId, inChannel);
    if (method === 'POST' && !messageId) {
      const created = messageObject(appId, channelId, newId(), b);
      inChannel.set(created.id, created);
      return { status: 200, body: created };
    }
    const known = messageId ? inChannel.get(messageId) : undefined;
    if (!known) return unknownMessage;
    if (method === 'PATCH') {
      const edited = { ...known, ...b, id: known.id, edited_timestamp: new Date().toISOString() };
      inChannel.set(known.id, edited);
      return { status: 200, body: edited };
    }
    if (method === 'DELETE') {
      inChannel.delete(known.id);
      return { status: 204 };
    }
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }

  return {
    handle,
    /** The messages a channel holds now, oldest first. */
    in: (channelId: string): FakeMessage[] => [...(channels.get(channelId)?.values() ?? [])],
    /** The DM channel opened with a user, if any. */
    dmWith: (userId: string): string | undefined => dms.get(userId)?.id,
  };
}
