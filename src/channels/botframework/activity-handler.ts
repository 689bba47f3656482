import { type Activity, ActivityTypes, CardFactory, DeliveryModes, TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { ChartRenderer } from '../../charts/spec.ts';
import type { Action, Command } from '../../core/command.ts';
import type { Invocation } from '../../core/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { parseCommandText } from '../../core/grammar.ts';
import { describeOptions } from '../../core/options.ts';
import type { Reply } from '../../core/reply.ts';
import { findAction, findCommand, resolveText } from '../../core/resolve.ts';
import type { Bot } from '../../core/turn.ts';
import type { Locale } from '../../domain/ids.ts';
import { formAgain } from '../teams/cards/form-again.ts';
import { commandToForm } from '../teams/cards/form-card.ts';
import { helpCard, isCommandIndex } from '../teams/cards/help-card.ts';
import { replyMessages } from '../teams/cards/message-budget.ts';
import { parseSubmission } from '../teams/cards/submission.ts';
import type { AdaptiveCard } from '../teams/cards/types.ts';
import type { ChartImages } from '../teams/chart-images.ts';
import { type ConversationReference, rememberConversation } from '../teams/conversations.ts';
import { fileMessages } from '../teams/file-messages.ts';
import { rememberPersonalChat } from '../teams/personal-chats.ts';
import { chartImages } from '../teams/render.ts';
import { createUploadLinks, type PendingUpload } from '../teams/upload-links.ts';
import { deliveryKey, newCardNonce } from './delivery-key.ts';
import { localeOf, stripMentions, type TurnIdentity, teamsIdentity } from './identity.ts';

export interface BotDeps {
  /** The core's turn: dispatch, posts and notices. */
  bot: Bot;
  charts: ChartRenderer;
  images: ChartImages;
  publicBaseUrl: string | undefined;
  /** The server's own origin once it listens (chart URLs of the local web chat). */
  localOrigin: () => string;
  /** The bytes of a file uploaded in the local web chat, by its attachment's `contentUrl`. */
  uploadedFile?: (contentUrl: string) => Uint8Array | undefined;
  /** Where upload links point (`<base>/upload/<token>`); none when the server has no public address. */
  uploadBaseUrl?: () => string | undefined;
  /** After a command ran with a file dropped on its upload page: posts its answer in the conversation. */
  afterUpload?: (pending: PendingUpload, reply: Reply) => Promise<boolean>;
}

interface AttachedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the conversation a turn comes from can do, said by the channel that runs the turn (never
 * read from a channel's name): Teams by default; the local web chat gives its own.
 */
export interface Surface {
  /** Who speaks and in which team; by default read from the activity (Teams). */
  identity?: TurnIdentity;
  /** Files come attached to the message (the web chat's uploads); else a command's file is asked through an upload link. */
  attachesFiles: boolean;
  /** A form submission's delivery key is the client's activity id (the web chat resends with the same id). */
  clientActivityKeys: boolean;
  /** Chart images are addressed by this server's own origin (a page on this computer) rather than the public URL. */
  localImages: boolean;
  /** Installs and messages are remembered as places to post later (Teams; the web chat's page is its own place). */
  remembersConversations: boolean;
}

/** A Teams conversation: files through upload links, cards' own delivery keys, conversations remembered. */
export const TEAMS_SURFACE: Surface = {
  attachesFiles: false,
  clientActivityKeys: false,
  localImages: false,
  remembersConversations: true,
};

/** Files uploaded with the message (the local web chat's; cards and links are not files). */
function attachedFiles(a: Activity, deps: BotDeps): AttachedFile[] {
  return (a.attachments ?? []).flatMap((x) => {
    const bytes = typeof x.contentUrl === 'string' ? deps.uploadedFile?.(x.contentUrl) : undefined;
    return bytes ? [{ name: typeof x.name === 'string' && x.name ? x.name : 'file', bytes }] : [];
  });
}

/** `Invocation.resolveFile` over the attached files: by name, or the only one. */
function attachedFileResolver(files: AttachedFile[]): (ref: string) => Promise<AttachedFile> {
  return async (ref) => {
    const file = files.find((f) => f.name === ref) ?? (files.length === 1 ? files[0] : undefined);
    if (!file) throw new UserError('file_not_found', { option: 'file', value: ref }, 'file');
    return file;
  };
}

/** Teams sends files to bots only through Graph or a consent card: not read yet, and said so. */
const noAttachedFiles = async (): Promise<never> => {
  throw new UserError('file_not_in_teams', { option: 'file' }, 'file');
};

/** The name of the command's file option, if it has one. */
const fileOptionOf = (target: Target | undefined): string | undefined =>
  target && describeOptions(target.action.options).find((o) => o.kind === 'file')?.name;

/** A typed command with a file attached but no file option given: the file fills the option. */
function withAttachedFile(text: string, target: Target | undefined, files: AttachedFile[]): string {
  const option = fileOptionOf(target);
  if (!option || option in (target?.raw ?? {}) || files.length === 0) return text;
  return `${text} ${option}:"${(files[0] as AttachedFile).name.replace(/"/g, '')}"`;
}

interface Target {
  command: Command;
  action: Action;
  raw: Record<string, unknown>;
}

/** A card as the message activity that carries it. */
export const cardActivity = (card: AdaptiveCard): Partial<Activity> => ({
  type: ActivityTypes.Message,
  attachments: [CardFactory.adaptiveCard(card)],
});

function resolveTyped(deps: BotDeps, text: string): Target | undefined {
  try {
    return resolveText(deps.bot.core.registry, parseCommandText(text));
  } catch {
    return undefined; // dispatch explains the problem to the user
  }
}

function resolveNamed(deps: BotDeps, command: string, subcommand?: string): Target | undefined {
  try {
    const c = findCommand(deps.bot.core.registry, command);
    return { command: c, action: findAction(c, subcommand), raw: {} };
  } catch {
    return undefined;
  }
}

/** The user's language, else the team's, for cards built without running a command (forms). */
async function formLocale(
  deps: BotDeps,
  inv: Pick<Invocation, 'teamId' | 'user' | 'locale'>,
): Promise<Locale> {
  if (inv.locale) return inv.locale;
  return (await deps.bot.localeOf(inv.teamId, inv.user.id)) ?? 'fr';
}

/** Today in UTC: the day before it is a date example every date field accepts, in any time zone. */
const formToday = (deps: BotDeps): string => deps.bot.core.clock().toISOString().slice(0, 10);

/**
 * The bot's logic, apart from the HTTP wiring: a message (typed text, or a card's submitted
 * values) becomes one core invocation, and its Reply goes back as an Adaptive Card. Installs and
 * first messages are remembered as conversation references for proactive posts.
 */
export function createActivityHandler(deps: BotDeps) {
  /** The core's whole turn; its private notices go before the answer (a Bot Framework turn has no deadline). */
  async function answerOf(inv: Invocation): Promise<Reply> {
    const outcome = await deps.bot.handle(inv);
    await outcome.notices();
    return outcome.reply;
  }

  // Teams passes no attached file to bots: a command that needs one gets a link to drop it on.
  const uploads = createUploadLinks(async (pending, file) => {
    const target = resolveTyped(deps, pending.text);
    const inv: Invocation = {
      ...pending.inv,
      input: { kind: 'text', text: withAttachedFile(pending.text, target, [file]) },
      resolveFile: attachedFileResolver([file]),
    };
    const reply = await answerOf(inv);
    // A failed try is shown on the upload page, not posted in the conversation.
    const posted = !reply.error && deps.afterUpload ? await deps.afterUpload(pending, reply) : false;
    return { reply, posted };
  });

  const remembered = new LRUCache<string, true>({ max: 10_000 });

  async function remember(turn: TurnContext, identity: TurnIdentity): Promise<void> {
    const reference = turnReference(turn);
    const channel = reference.conversation?.id?.replace(/;messageid=\d+$/, '');
    const key = `${identity.teamId}|${channel}|${reference.serviceUrl}`;
    if (remembered.has(key)) return;
    const locale = localeOf(turn.activity.locale);
    await rememberConversation(deps.bot.conversations, identity, reference, {
      now: deps.bot.core.clock(),
      ...(locale && { locale }),
    });
    // A personal chat is where private notices can reach this user later (watch subscriptions).
    if (turn.activity.conversation?.conversationType === 'personal')
      await rememberPersonalChat(deps.bot.conversations, identity, reference, deps.bot.core.clock());
    remembered.set(key, true);
  }

  async function answer(
    turn: TurnContext,
    identity: TurnIdentity,
    surface: Surface,
  ): Promise<Partial<Activity>[]> {
    const a = turn.activity;
    const locale = localeOf(a.locale);
    const base = {
      channel: identity.channel,
      teamId: identity.teamId,
      teamName: identity.teamName,
      user: identity.user,
      ...(locale && { locale }),
      // Where `/channel set` was typed: a Teams conversation, or a local web chat (posts go to its open conversations).
      conversation: { id: String(a.conversation?.id), reference: turnReference(turn) },
    };
    const submission = parseSubmission(a.value);
    if (submission?.kind === 'form') {
      const target = resolveNamed(deps, submission.command, submission.subcommand);
      if (target) {
        const formCard = commandToForm(target.command, target.action, await formLocale(deps, base), {
          once: newCardNonce(),
          today: formToday(deps),
        });
        return [cardActivity(formCard)];
      }
    }
    let inv: Invocation;
    let target: Target | undefined;
    let typed: string | undefined;
    if (submission?.kind === 'structured') {
      const { command, subcommand, args } = submission;
      inv = { ...base, input: { kind: 'structured', command, ...(subcommand && { subcommand }), args } };
      target = resolveNamed(deps, command, subcommand);
    } else {
      const files = attachedFiles(a, deps);
      typed = submission?.kind === 'text' ? submission.text : typedText(turn) || '/help';
      target = resolveTyped(deps, typed);
      inv = {
        ...base,
        input: { kind: 'text', text: withAttachedFile(typed, target, files) },
        ...(files.length > 0 && { resolveFile: attachedFileResolver(files) }),
        ...(files.length === 0 && !surface.attachesFiles && { resolveFile: noAttachedFiles }),
      };
    }
    const key = deliveryKey(a, submission, surface.clientActivityKeys);
    if (key) inv.idempotencyKey = key;
    const plan = deps.bot.plan(inv.input);
    if (plan.slow && a.deliveryMode !== DeliveryModes.ExpectReplies)
      await turn.sendActivity({ type: ActivityTypes.Typing });
    const reply = await answerOf(inv);
    const replyLocale = reply.locale ?? locale ?? 'fr';
    // Where files are not attached, the file a command asks for (named or missing) comes through an
    // upload link: the core's error names the plan's file option, and only once the user is
    // authorized (a rep gets "forbidden", not a link).
    const wantsFile =
      !surface.attachesFiles && plan.fileOption !== undefined && reply.error?.field === plan.fileOption;
    const uploadBase = deps.uploadBaseUrl?.();
    if (wantsFile && typed !== undefined && uploadBase) {
      const path = uploads.create({ inv: base, text: typed, locale: replyLocale });
      return [cardActivity(uploads.card(`${uploadBase}${path}`, replyLocale))];
    }
    const again = formAgain(reply, target, inv, submission?.kind === 'text');
    if (again && target) {
      const formCard = commandToForm(target.command, target.action, replyLocale, {
        ...again,
        once: newCardNonce(),
        today: formToday(deps),
      });
      return [cardActivity(formCard)];
    }
    if (!reply.error && isCommandIndex(reply))
      return [cardActivity(helpCard(reply, deps.bot.core.registry, replyLocale))];
    const images = await chartImages(reply, deps.charts, deps.images, {
      kind: surface.localImages ? 'web' : 'teams',
      publicBaseUrl: deps.publicBaseUrl,
      localOrigin: deps.localOrigin(),
    });
    // Each message within the size budget; inline charts that do not fit the card follow it.
    return [
      ...replyMessages(reply, images, { nonce: newCardNonce(), maxMessages: 5 }),
      ...(identity.channel === 'web' ? fileMessages(reply) : []),
    ];
  }

  return {
    /** The upload pages (`/upload/<token>`) of the links the bot gives. */
    uploads,
    /** One turn, from a conversation that can do what `surface` says (Teams by default). */
    async onTurn(turn: TurnContext, surface: Surface = TEAMS_SURFACE): Promise<void> {
      const a = turn.activity;
      const identity = surface.identity ?? teamsIdentity(a);
      const installed =
        a.type === ActivityTypes.InstallationUpdate ||
        (a.type === ActivityTypes.ConversationUpdate &&
          (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id));
      if (surface.remembersConversations && (installed || a.type === ActivityTypes.Message))
        await remember(turn, identity);
      if (a.type !== ActivityTypes.Message) return;
      for (const activity of await answer(turn, identity, surface)) await turn.sendActivity(activity);
    },
  };
}

export type ActivityHandler = ReturnType<typeof createActivityHandler>;

/** The reference as plain JSON, as the store keeps it. */
function turnReference(turn: TurnContext): ConversationReference {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(turn.activity)));
}

/** The typed text without the bot's @mention (channels) or any other `<at>` tag. */
function typedText(turn: TurnContext): string {
  const a = turn.activity;
  if (typeof a.text !== 'string') return '';
  const text = a.entities?.length ? TurnContext.removeRecipientMention(a) : a.text;
  return stripMentions(text ?? '');
}
