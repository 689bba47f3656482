import type { Reply } from '../../core/reply.ts';
import type { BotMessage } from '../botframework/converters.ts';

/**
 * A reply's files (an export) for the local web chat: one message each, the file as a `data:`
 * URL Web Chat offers as a download. Teams proper takes bot files only through its file-consent
 * flow, so there the reply's summary is all that is shown.
 */
export function fileMessages(reply: Reply): BotMessage[] {
  if (reply.error) return [];
  return (reply.files ?? []).map((f) => ({
    type: 'message',
    attachments: [
      {
        contentType: f.mimeType,
        name: f.name,
        contentUrl: `data:${f.mimeType};base64,${Buffer.from(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content).toString('base64')}`,
      },
    ],
  }));
}
