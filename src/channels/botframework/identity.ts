import type { ChannelId } from '../../core/command.ts';
import type { Locale, Role } from '../../domain/ids.ts';

/** Who speaks and in which team, as the core sees it. */
export interface TurnIdentity {
  channel: Extract<ChannelId, 'teams' | 'web'>;
  teamId: string;
  teamName: string;
  user: { id: string; displayName: string; roleHint?: Role };
}

/** The parts of a Bot Framework activity that say where it comes from (structural: no SDK type). */
export interface ActivityOrigin {
  channelId?: string;
  conversation?: { id?: string; tenantId?: string; conversationType?: string; name?: string };
  from?: { id?: string; name?: string; aadObjectId?: string };
  channelData?: { tenant?: { id?: string }; team?: { id?: string; name?: string } } | null;
  locale?: string;
}

/**
 * The team and user of a Bot Framework activity: a Teams team is `teams:<tenant>:<team id>` (all
 * its channels share the data); a personal or group chat is its own team,
 * `teams:<tenant>:conv:<conversation id>`. Other Bot Framework channels (Emulator) use their
 * channel id in place of the tenant.
 */
export function teamsIdentity(a: ActivityOrigin): TurnIdentity {
  const tenant = a.channelData?.tenant?.id ?? a.conversation?.tenantId ?? a.channelId ?? 'unknown';
  const teamId = a.channelData?.team?.id;
  const conversationId = a.conversation?.id ?? 'unknown';
  const userId = a.from?.aadObjectId || a.from?.id || 'unknown';
  return {
    channel: 'teams',
    teamId: teamId ? `teams:${tenant}:${teamId}` : `teams:${tenant}:conv:${conversationId}`,
    teamName: a.channelData?.team?.name || a.conversation?.name || a.from?.name || 'Teams',
    user: { id: `teams:${userId}`, displayName: a.from?.name || userId },
  };
}

/** The local web chat's user: the machine's owner, an admin of the local team (like the terminal). */
export function localIdentity(team: string, user: string): TurnIdentity {
  return {
    channel: 'web',
    teamId: `local:${team}`,
    teamName: team,
    user: { id: `web:${user}`, displayName: user, roleHint: 'admin' },
  };
}

/** `fr-FR` → fr, any other language → en; absent → undefined (the team's language applies). */
export function localeOf(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The text as typed, without the bot's `<at>…</at>` mention(s) and surrounding spaces. */
export const stripMentions = (text: string): string =>
  text
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .trim();
