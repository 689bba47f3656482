import type { Activity } from 'botbuilder';
import type { Action, Command } from '../../core/command.ts';
import type { Reply } from '../../core/reply.ts';
import type { Locale } from '../../domain/ids.ts';

/** A message activity the turn sends. */
export type BotMessage = Partial<Activity>;

/** What a card button sent back, as the bot acts on it. */
export type Submission = (
  | { kind: 'text'; text: string }
  | { kind: 'form'; command: string; subcommand?: string }
  | { kind: 'structured'; command: string; subcommand?: string; args: Record<string, string> }
) & { once?: string };

/** How a command's form is filled: values as typed, and the error that brought it back. */
export interface FormFill {
  /** Values to start from, as typed (`{ prospect: 'Boulangerie Martin' }`). */
  values?: Readonly<Record<string, unknown>>;
  /** A message shown above the fields (the error that brought the form up). */
  notice?: string;
  /** The option the notice is about: the notice then sits right above that field. */
  noticeField?: string;
}

export type { FileRequest } from '../../core/conversations/upload-links.ts';

/**
 * The messages the shared Bot Framework turn answers with, given by the channel that runs it
 * (Teams' Adaptive Cards): botframework/ builds no card itself, so it imports no channel.
 */
export interface BotFrameworkConverters {
  /** The `value` of a card's submit, as what to run; undefined for anything else. */
  parseSubmission(value: unknown): Submission | undefined;
  /** The command's form as a message, filled as `fill` says; `once` is its delivery id. */
  form(
    command: Command,
    action: Action,
    locale: Locale,
    fill: FormFill & { once: string; today: string },
  ): BotMessage;
  /** The messages of a reply within the platform's size budget, its charts addressed as the surface says. */
  reply(reply: Reply, opts: { locale: Locale; localImages: boolean; nonce: string }): Promise<BotMessage[]>;
}
