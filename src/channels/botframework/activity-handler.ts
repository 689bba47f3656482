import { type Activity, ActivityTypes, DeliveryModes, TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Action, Command } from '../../core/command.ts';
import type { Invocation } from '../../core/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { type FormRequest, formNotice, type Via } from '../../core/form-plan.ts';
import { parseCommandText } from '../../core/grammar.ts';
import { describeOptions } from '../../core/options.ts';
import type { Reply } from '../../core/reply.ts';
import { findAction, findCommand, resolveText } from '../../core/resolve.ts';
import type { Bot } from '../../core/turn.ts';
import type { TurnPlan } from '../../core/turn-plan.ts';
import type { Locale } from '../../domain/ids.ts';
import type { BotFrameworkConverters, BotMessage, FileRequest } from './converters.ts';
import { deliveryKey, newCardNonce } from './delivery-key.ts';
import { localeOf, stripMentions, type TurnIdentity, teamsIdentity } from './identity.ts';

/** A Bot Framework conversation reference as plain JSON, as the store keeps it. */
export type ConversationReference = Record<string, unknown> & {
  serviceUrl?: string;
  conversation?: { id?: string };
};

export interface BotDeps {
  /** The core's turn: dispatch, posts and notices. */
  bot: Bot;
  /** The messages the turn answers with (Adaptive Cards), given by the channel. */
  converters: BotFrameworkConverters;
  /**
   * Where files are not attached to messages: the message that asks for the command's file (an
   * upload link); undefined when none can be given.
   */
  askFile?: (request: FileRequest) => Promise<BotMessage | undefined> | BotMessage | undefined;
  /** Keeps a conversation the bot was installed in or spoken to, to post there later. */
  remember?: (
    identity: TurnIdentity,
    reference: ConversationReference,
    opts: { locale?: Locale; personal: boolean },
  ) => Promise<void>;
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
  /**
   * The bytes of a file attached to the message, by its attachment's `contentUrl` (the web chat's
   * uploads). Without it, a command's file is asked for (`BotDeps.askFile`).
   */
  attachedFile?: (contentUrl: string) => Uint8Array | undefined;
  /** A form submission's delivery key is the client's activity id (the web chat resends with the same id). */
  clientActivityKeys: boolean;
  /** Chart images are addressed by this server's own origin (a page on this computer) rather than the public URL. */
  localImages: boolean;
  /** Installs and messages are remembered as places to post later (Teams; the web chat's page is its own place). */
  remembersConversations: boolean;
  /**
   * Messages that follow the reply's own: its files (the web chat offers them as downloads, Teams
   * through its file consent cards).
   */
  moreMessages?: (reply: Reply) => BotMessage[] | Promise<BotMessage[]>;
}

/** A Teams conversation: files asked through a link, cards' own delivery keys, conversations remembered. */
export const TEAMS_SURFACE: Surface = {
  clientActivityKeys: false,
  localImages: false,
  remembersConversations: true,
};

/** Files uploaded with the message (the local web chat's; cards and links are not files). */
function attachedFiles(a: Activity, surface: Surface): AttachedFile[] {
  return (a.attachments ?? []).flatMap((x) => {
    const bytes = typeof x.contentUrl === 'string' ? surface.attachedFile?.(x.contentUrl) : undefined;
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
 * values) becomes one core invocation, and its Reply goes back as the channel's messages. Installs
 * and first messages are remembered (by the channel's `remember`) for proactive posts.
 */
export function createActivityHandler(deps: BotDeps) {
  const { converters } = deps;
  /** The core's whole turn; its private notices go before the answer (a Bot Framework turn has no deadline). */
  async function outcomeOf(inv: Invocation, plan?: TurnPlan) {
    const outcome = await deps.bot.handle(inv, plan ? { plan } : {});
    await outcome.notices();
    return outcome;
  }

  /** The form the core asked for, as the channel's card: values as typed, the notice above its field. */
  const formMessage = (form: FormRequest, locale: Locale): BotMessage =>
    converters.form(form.command, form.action, locale, {
      values: form.values,
      ...formNotice(form, locale),
      once: newCardNonce(),
      today: formToday(deps),
    });

  async function answer(turn: TurnContext, identity: TurnIdentity, surface: Surface): Promise<BotMessage[]> {
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
    const submission = converters.parseSubmission(a.value);
    if (submission?.kind === 'form') {
      const target = resolveNamed(deps, submission.command, submission.subcommand);
      // A button that opens a form (the help index): the form, empty.
      if (target)
        return [
          formMessage({ ...target, values: {}, fields: [], missing: [] }, await formLocale(deps, base)),
        ];
    }
    let inv: Invocation;
    let typed: string | undefined;
    if (submission?.kind === 'structured') {
      const { command, subcommand, args } = submission;
      inv = { ...base, input: { kind: 'structured', command, ...(subcommand && { subcommand }), args } };
    } else {
      const files = attachedFiles(a, surface);
      typed = submission?.kind === 'text' ? submission.text : typedText(turn) || '/help';
      inv = {
        ...base,
        input: { kind: 'text', text: withAttachedFile(typed, resolveTyped(deps, typed), files) },
        ...(files.length > 0 && { resolveFile: attachedFileResolver(files) }),
        ...(files.length === 0 && !surface.attachedFile && { resolveFile: noAttachedFiles }),
      };
    }
    const key = deliveryKey(a, submission, surface.clientActivityKeys);
    if (key) inv.idempotencyKey = key;
    const via: Via =
      submission?.kind === 'structured' ? 'form' : submission?.kind === 'text' ? 'button' : 'typed';
    const plan = deps.bot.plan(inv.input, via);
    // A command that needs its form (a bare /log, a button lacking options, `note:…`) gets it, as on every channel.
    if (plan.form) return [formMessage(plan.form, await formLocale(deps, base))];
    if (plan.slow && a.deliveryMode !== DeliveryModes.ExpectReplies)
      await turn.sendActivity({ type: ActivityTypes.Typing });
    const outcome = await outcomeOf(inv, plan);
    const { reply } = outcome;
    const replyLocale = reply.locale ?? locale ?? 'fr';
    // Where files are not attached, the file a command asks for (named or missing) comes through the
    // channel's request (an upload link): the core's error names the plan's file option, and only
    // once the user is authorized (a rep gets "forbidden", not a link).
    const wantsFile =
      !surface.attachedFile && plan.fileOption !== undefined && reply.error?.field === plan.fileOption;
    const asked =
      wantsFile && typed !== undefined
        ? await deps.askFile?.({ inv: base, text: typed, locale: replyLocale })
        : undefined;
    if (asked) return [asked];
    // A form sent back with a field the core could not read: the same form, as typed, the error above it.
    if (outcome.form) return [formMessage(outcome.form, replyLocale)];
    const messages = await converters.reply(reply, {
      locale: replyLocale,
      localImages: surface.localImages,
      nonce: newCardNonce(),
    });
    return [...messages, ...((await surface.moreMessages?.(reply)) ?? [])];
  }

  const remembered = new LRUCache<string, true>({ max: 10_000 });

  async function remember(turn: TurnContext, identity: TurnIdentity): Promise<void> {
    if (!deps.remember) return;
    const reference = turnReference(turn);
    const channel = reference.conversation?.id?.replace(/;messageid=\d+$/, '');
    const key = `${identity.teamId}|${channel}|${reference.serviceUrl}`;
    if (remembered.has(key)) return;
    const locale = localeOf(turn.activity.locale);
    await deps.remember(identity, reference, {
      ...(locale && { locale }),
      personal: turn.activity.conversation?.conversationType === 'personal',
    });
    remembered.set(key, true);
  }

  return {
    /**
     * Runs a command that waited for its file (an upload link's page), as if the file had been
     * attached to the message it was typed in.
     */
    async runWithFile(request: FileRequest, file: AttachedFile): Promise<Reply> {
      const target = resolveTyped(deps, request.text);
      const outcome = await outcomeOf({
        ...request.inv,
        input: { kind: 'text', text: withAttachedFile(request.text, target, [file]) },
        resolveFile: attachedFileResolver([file]),
      });
      return outcome.reply;
    },
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
