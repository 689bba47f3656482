import type { Invocation } from '../../core/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import type { Locale } from '../../domain/ids.ts';
import { ADMINISTRATOR, MANAGE_GUILD } from './commands-json.ts';

/** An option as Discord sends it (API payload and discord.js `options.data` share this shape). */
export interface OptionData {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: readonly OptionData[] | undefined;
}

/** What the converters need from an interaction, independent of discord.js objects. */
export interface InteractionData {
  guildId: string | null;
  guildName?: string | undefined;
  user: { id: string; username: string; globalName?: string | null | undefined };
  nick?: string | null | undefined;
  /** The member's permissions in the channel, as Discord's bitfield string. */
  permissions?: string | null | undefined;
  /** The member's role ids in the guild. */
  roles?: readonly string[] | undefined;
  locale?: string | undefined;
  /** The text channel the command was typed in (where `/channel set` makes the team post). */
  channelId?: string | null | undefined;
  commandName: string;
  options: readonly OptionData[];
}

/** The same data out of a raw gateway payload (recorded fixtures, tests). */
export function fromApiInteraction(p: {
  guild_id?: string;
  channel_id?: string;
  member?: {
    user: InteractionData['user'] & { global_name?: string | null };
    nick?: string | null;
    permissions?: string;
    roles?: string[];
  };
  user?: InteractionData['user'] & { global_name?: string | null };
  locale?: string;
  data?: { name: string; options?: OptionData[] };
}): InteractionData {
  const u = p.member?.user ?? p.user ?? { id: '0', username: 'unknown' };
  return {
    guildId: p.guild_id ?? null,
    channelId: p.channel_id ?? null,
    user: { id: u.id, username: u.username, globalName: u.global_name ?? null },
    nick: p.member?.nick ?? null,
    permissions: p.member?.permissions ?? null,
    roles: p.member?.roles ?? [],
    locale: p.locale,
    commandName: p.data?.name ?? '',
    options: p.data?.options ?? [],
  };
}

const SUBCOMMAND = 1;
const GROUP = 2;

/** `fr`, `fr-CA`… → French; every other Discord language → English. */
export const localeOf = (discordLocale: string | undefined): Locale | undefined =>
  discordLocale === undefined ? undefined : discordLocale.startsWith('fr') ? 'fr' : 'en';

/** A member who may manage the server manages the team: Manage Server or Administrator. */
export function isServerManager(permissions: string | null | undefined): boolean {
  if (!permissions || !/^\d+$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & MANAGE_GUILD) !== 0n || (bits & ADMINISTRATOR) !== 0n;
}

export const teamIdOf = (guildId: string): string => `discord:${guildId}`;

/** The subcommand (if any) and the flat option list of an interaction. */
export function flattenOptions(options: readonly OptionData[]): {
  subcommand?: string;
  options: readonly OptionData[];
} {
  const first = options[0];
  if (first?.type === GROUP) return flattenOptions(first.options ?? []);
  if (first?.type === SUBCOMMAND) return { subcommand: first.name, options: first.options ?? [] };
  return { options };
}

/** Who is asking, where, in which language: the part of an invocation every interaction kind shares. */
export function invocationBase(d: InteractionData): Omit<Invocation, 'input'> {
  if (!d.guildId) throw new UserError('discord_guild_only');
  const locale = localeOf(d.locale);
  return {
    channel: 'discord',
    teamId: teamIdOf(d.guildId),
    teamName: d.guildName ?? `Discord ${d.guildId}`,
    user: {
      id: `discord:${d.user.id}`,
      displayName: d.nick || d.user.globalName || d.user.username,
      ...(isServerManager(d.permissions) && { roleHint: 'manager' as const }),
      groups: (d.roles ?? []).map((r) => `discord:${r}`),
    },
    ...(locale && { locale }),
    ...(d.channelId && {
      conversation: {
        id: d.channelId,
        reference: { channelId: d.channelId, conversation: { id: d.channelId } },
      },
    }),
  };
}

/**
 * A slash command → the core's structured invocation. Values keep Discord's types (numbers,
 * booleans; attachment ids for files); the core coerces and validates them. Direct messages
 * have no team: only the commands allowed there (help) run, in a team of their own per user.
 */
export function interactionToInvocation(
  d: InteractionData,
  dmAllowed: (command: string) => boolean,
): Invocation {
  const { subcommand, options } = flattenOptions(d.options);
  const args: Record<string, unknown> = {};
  for (const o of options) {
    if (o.type === SUBCOMMAND || o.type === GROUP || o.value === undefined) continue;
    if (o.name in args) throw new UserError('duplicate_option', { option: o.name }, o.name);
    args[o.name] = o.value;
  }
  const input = {
    kind: 'structured' as const,
    command: d.commandName,
    ...(subcommand && { subcommand }),
    args,
  };
  if (!d.guildId && dmAllowed(d.commandName)) {
    const locale = localeOf(d.locale);
    return {
      channel: 'discord',
      teamId: `discord-dm:${d.user.id}`,
      teamName: d.user.globalName || d.user.username,
      user: { id: `discord:${d.user.id}`, displayName: d.user.globalName || d.user.username },
      ...(locale && { locale }),
      input,
    };
  }
  return { ...invocationBase(d), input };
}
