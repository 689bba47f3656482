import type { App } from '../app.ts';
import type { Reply } from '../core/reply.ts';

/** Tells one member something privately (a direct message); false when it could not. */
export type Notifier = (teamId: string, memberId: string, reply: Reply) => Promise<boolean>;

/** The notifiers of the running channels, by the prefix of member ids (`discord`, `teams`, `cli`). */
export type NotifierRegistry = Map<string, Notifier>;

export function registerNotifier(app: Pick<App, 'notifiers'>, prefix: string, notifier: Notifier): void {
  app.notifiers.set(prefix, notifier);
}

/**
 * After a command committed: sends its `notify` reply to each member through the notifier of
 * their channel (the prefix of their id). Returns who was told; failures are logged.
 */
export async function deliverNotices(
  app: Pick<App, 'notifiers' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<string[]> {
  if (!reply.notify) return [];
  const told: string[] = [];
  // Read in a direct message, outside the team: a button there would run its command in the wrong team.
  const notice = { ...reply.notify.reply, visibility: 'private' as const, followUps: [] };
  if (reply.locale) notice.locale = reply.locale;
  for (const memberId of reply.notify.memberIds) {
    const notifier = app.notifiers.get(memberId.split(':')[0] ?? '');
    if (!notifier) continue;
    try {
      if (await notifier(teamId, memberId, notice)) told.push(memberId);
      else app.logger.warn('notice not delivered', { teamId, memberId });
    } catch (e) {
      app.logger.error('notice failed', {
        teamId,
        memberId,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return told;
}
