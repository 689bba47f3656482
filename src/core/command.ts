import type { z } from 'zod';
import type { Member, Team } from '../domain/entities.ts';
import type { Locale, Role } from '../domain/ids.ts';
import type { Formatter, Translator } from '../i18n/index.ts';
import type { TeamTx } from '../store/types.ts';
import type { Logger } from './logger.ts';
import type { Localized } from './options.ts';
import type { Reply } from './reply.ts';

export type ChannelId = 'cli' | 'discord' | 'teams' | 'web';

/** Everything a handler may use: passed in, never global. */
export interface CommandContext {
  readonly channel: ChannelId;
  readonly team: Team;
  /** The team's data for this command only; writes are committed when the handler returns. */
  readonly tx: TeamTx;
  readonly member: Member;
  readonly locale: Locale;
  readonly t: Translator;
  readonly fmt: Formatter;
  readonly now: Date;
  /** Today in the team's time zone, `YYYY-MM-DD`. */
  readonly today: string;
  readonly logger: Logger;
  readonly registry: Registry;
  /** The data folder (`store.dir`): for files kept beside the teams, such as the privacy key. */
  readonly dataDir: string;
  /** The conversation the command came from, when the channel can post there again (Teams). */
  readonly conversation?: { readonly id: string; readonly reference: Readonly<Record<string, unknown>> };
}

export type Handler<A> = (args: A, ctx: CommandContext) => Promise<Reply> | Reply;

/** One runnable thing: a command without subcommands, or one subcommand. */
export interface Action<S extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  /** Other names accepted when typed (French first): `journal` for `log`. */
  readonly aliases: readonly string[];
  /** French name for channels that localize names (Discord). */
  readonly frName?: string;
  readonly description: Localized;
  readonly permission: Role;
  readonly options: S;
  /** Answers with a chart: channels acknowledge first, then send the result. */
  readonly slow: boolean;
  readonly examples: readonly string[];
  readonly handler: Handler<z.output<S>>;
}

export interface Command {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly frName?: string;
  readonly description: Localized;
  /** Either one action (the command itself) or named subcommands. */
  readonly action?: Action;
  readonly subcommands: readonly Action[];
  /** Usable in direct messages (outside a team channel). */
  readonly dmAllowed: boolean;
}

export interface Registry {
  readonly commands: readonly Command[];
  find(name: string): Command | undefined;
}

interface ActionInput<S extends z.ZodObject> {
  name: string;
  aliases?: readonly string[];
  frName?: string;
  description: Localized;
  permission?: Role;
  options: S;
  slow?: boolean;
  examples?: readonly string[];
  handler: Handler<z.output<S>>;
}

function action<S extends z.ZodObject>(a: ActionInput<S>): Action<S> {
  return {
    aliases: [],
    permission: 'rep',
    slow: false,
    examples: [],
    ...a,
  };
}

/** A subcommand (`/prospect add`): declared inside `defineCommand({ subcommands: [...] })`. */
export const defineSubcommand = <S extends z.ZodObject>(a: ActionInput<S>): Action =>
  action(a) as unknown as Action;

type CommandInput<S extends z.ZodObject> =
  | (ActionInput<S> & { dmAllowed?: boolean; subcommands?: undefined })
  | {
      name: string;
      aliases?: readonly string[];
      frName?: string;
      description: Localized;
      dmAllowed?: boolean;
      subcommands: readonly Action[];
    };

/** A slash command, one file each under `commands/`. */
export function defineCommand<S extends z.ZodObject>(c: CommandInput<S>): Command {
  const common = {
    name: c.name,
    aliases: c.aliases ?? [],
    description: c.description,
    dmAllowed: c.dmAllowed ?? false,
    ...(c.frName ? { frName: c.frName } : {}),
  };
  if (c.subcommands) return { ...common, subcommands: c.subcommands };
  return { ...common, action: action(c) as unknown as Action, subcommands: [] };
}
