import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Outlet, Platform } from '../../core/effects/outlet.ts';
import type { Reply } from '../../core/reply.ts';
import type { Surface } from './activity-handler.ts';

type JsonActivity = Record<string, unknown>;

/** What the HTTP server running the Bot Framework turn offers a chat it hosts on its port. */
export interface BotFrameworkHost {
  /** Runs one activity through the same adapter and turn as Teams, from a conversation that can do what `surface` says; the bot's replies. */
  runTurn(activity: JsonActivity, surface: Surface): Promise<JsonActivity[]>;
  /** A reply as the message activity that carries it (posts made unasked). */
  replyActivity(reply: Reply): Promise<JsonActivity>;
  /** The server's origin once it listens (`http://127.0.0.1:3978`). */
  origin(): string;
}

/**
 * A chat served by the Bot Framework HTTP server beside Teams (the local web chat), assembled by
 * the app and handed to the server: the server imports no such chat.
 */
export interface HostedChat {
  /** Shown in the start-up log. */
  readonly name: string;
  /** The platform of its conversations, as posts places name it (`web`). */
  readonly platform: Platform;
  /** Serves its own routes; false for a request that is not one of them. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Its conversations as places for the team's shared posts. */
  readonly poster: Required<Pick<Outlet, 'post' | 'update' | 'remove'>>;
  /** Where it is, for the start-up log, once the server listens at `origin`. */
  where(origin: string): string;
}

/** Builds a hosted chat once its host exists. */
export type HostedChatFactory = (host: BotFrameworkHost) => HostedChat;
