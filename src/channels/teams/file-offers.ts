import { randomBytes } from 'node:crypto';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import {
  type Offer,
  type StoredFileOffers,
  tenantScopeOf,
} from '../../core/conversations/stored-file-offers.ts';
import type { Logger } from '../../core/logger.ts';
import type { Reply, ReplyFile } from '../../core/reply.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import type { BotMessage } from '../botframework/converters.ts';
import { localeOf, teamsIdentity } from '../botframework/identity.ts';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
/** How long an offered file waits for the user's answer. */
export const FILE_OFFER_TTL_MS = 30 * 60_000;
const UPLOAD_TIMEOUT_MS = 120_000;

/** The `value` of a `fileConsent/invoke` activity (Teams: the user's Allow or Decline). */
const ConsentAnswer = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z
    .object({ offer: z.string().max(64) })
    .partial()
    .nullish(),
  uploadInfo: z
    .object({
      name: z.string().min(1).max(400),
      uploadUrl: z.url(),
      contentUrl: z.url(),
      uniqueId: z.string().min(1).max(200),
      fileType: z.string().max(40),
    })
    .nullish(),
});

/** An activity Teams sends when the user answers a file consent card. */
export const isFileConsent = (a: { type?: string; name?: string }): boolean =>
  a.type === ActivityTypes.Invoke && a.name === 'fileConsent/invoke';

const bytesOf = (f: ReplyFile): Uint8Array =>
  typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content;

const sizeText = (n: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: n < 1024 * 1024 ? 'kilobyte' : 'megabyte',
    maximumFractionDigits: n < 1024 * 1024 ? 0 : 1,
  }).format(n < 1024 * 1024 ? Math.max(1, n / 1024) : n / 1024 / 1024);

/** Where the channel can reach the user privately: sends there, false when it cannot. */
export type SendPrivately = (teamId: string, userId: string, messages: BotMessage[]) => Promise<boolean>;

/**
 * Teams takes a bot's files only in a personal chat, through its file consent flow: the bot offers
 * each file with a FileConsentCard; when the user allows it, Teams sends an upload URL in their
 * OneDrive (`fileConsent/invoke`), the bot uploads the bytes there and shows the file with a
 * FileInfoCard. The offered bytes wait in the store (the tenant's directory, see
 * stored-file-offers.ts), for their user only, 30 minutes, once: any replica, or this one after a
 * restart, takes the answer.
 * In a channel or a group chat, the files go to the user's personal chat with the bot when they
 * have one; else the answer says plainly to ask in a personal chat.
 */
export function createFileOffers(deps: {
  sendPrivately: SendPrivately;
  logger: Logger;
  offers: StoredFileOffers;
}) {
  const { offers } = deps;

  async function consentCards(
    files: readonly ReplyFile[],
    teamId: string,
    userId: string,
    locale: Locale,
  ): Promise<BotMessage[]> {
    const t = createTranslator(locale);
    const scope = tenantScopeOf(teamId);
    const cards: BotMessage[] = [];
    for (const f of files) {
      const bytes = bytesOf(f);
      const token = randomBytes(18).toString('base64url');
      await offers.keep(scope, token, { userId, locale, name: f.name, mimeType: f.mimeType, bytes });
      cards.push({
        type: ActivityTypes.Message,
        attachments: [
          {
            contentType: FILE_CONSENT_CARD,
            name: f.name,
            content: {
              description: t('files.consent_description', { size: sizeText(bytes.length, locale) }),
              sizeInBytes: bytes.length,
              acceptContext: { offer: token },
              declineContext: { offer: token },
            },
          },
        ],
      });
    }
    return cards;
  }

  async function upload(url: string, offer: Offer): Promise<void> {
    const n = offer.bytes.length;
    const res = await fetch(url, {
      method: 'PUT',
      headers: {
        'content-type': offer.mimeType,
        'content-range': `bytes 0-${n - 1}/${n}`,
      },
      body: offer.bytes,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`the upload URL answered ${res.status}`);
  }

  return {
    /**
     * The messages that deliver a reply's files after its answer, in the conversation of `activity`:
     * consent cards in a personal chat; elsewhere a line saying where they went (or where to ask).
     */
    async messagesFor(
      reply: Reply,
      activity: Parameters<typeof teamsIdentity>[0] & { conversation?: { conversationType?: string } },
    ): Promise<BotMessage[]> {
      const files = reply.error ? [] : (reply.files ?? []);
      if (files.length === 0) return [];
      const identity = teamsIdentity(activity);
      const locale = reply.locale ?? localeOf(activity.locale) ?? 'fr';
      if (activity.conversation?.conversationType === 'personal')
        return consentCards(files, identity.teamId, identity.user.id, locale);
      const t = createTranslator(locale);
      const names = files.map((f) => f.name).join(', ');
      const sent = await consentCards(files, identity.teamId, identity.user.id, locale)
        .then((cards) => deps.sendPrivately(identity.teamId, identity.user.id, cards))
        .catch((e: unknown) => {
          deps.logger.warn('could not offer files in the personal chat', { error: String(e) });
          return false;
        });
      return [
        {
          type: ActivityTypes.Message,
          text: t(sent ? 'files.sent_privately' : 'files.ask_personal', { names }),
        },
      ];
    },

    /** Answers a `fileConsent/invoke`: uploads the file on Allow, says so on Decline; always 200. */
    async answerConsent(turn: TurnContext): Promise<void> {
      const a = turn.activity;
      const parsed = ConsentAnswer.safeParse(a.value);
      const token = parsed.success ? parsed.data.context?.offer : undefined;
      const scope = tenantScopeOf(teamsIdentity(a).teamId);
      // Kept in the store: expired, already sent or declined, it is gone (files.expired says so).
      const offer = token === undefined ? undefined : await offers.get(scope, token);
      const t = createTranslator(offer?.locale ?? localeOf(a.locale) ?? 'fr');
      const say = (text: string) => turn.sendActivity({ type: ActivityTypes.Message, text });
      const userId = teamsIdentity(a).user.id;
      if (!parsed.success || !offer || token === undefined) await say(t('files.expired'));
      else if (offer.userId !== userId) await say(t('files.not_yours'));
      else if (parsed.data.action === 'decline') {
        await offers.remove(scope, token);
        await say(t('files.declined', { name: offer.name }));
      } else if (!parsed.data.uploadInfo) await say(t('files.upload_failed', { name: offer.name }));
      else {
        const info = parsed.data.uploadInfo;
        try {
          await upload(info.uploadUrl, offer);
          await offers.remove(scope, token);
          await turn.sendActivity({
            type: ActivityTypes.Message,
            attachments: [
              {
                contentType: FILE_INFO_CARD,
                contentUrl: info.contentUrl,
                name: info.name,
                content: { uniqueId: info.uniqueId, fileType: info.fileType },
              },
            ],
          });
        } catch (e) {
          deps.logger.warn('file upload to the user’s OneDrive failed', { error: String(e) });
          await say(t('files.upload_failed', { name: offer.name }));
        }
      }
      await turn.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
    },
  };
}

export type FileOffers = ReturnType<typeof createFileOffers>;
