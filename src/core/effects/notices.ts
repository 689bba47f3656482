import type { Reply } from '../reply.ts';
import type { EffectDeps } from './deps.ts';
import { errorText, notifierFor, platformOfMember } from './outlet.ts';

/** Whether a running channel can tell `memberId` something privately. */
export const canNotify = (deps: Pick<EffectDeps, 'outlets'>, memberId: string): boolean =>
  notifierFor(deps.outlets(), platformOfMember(memberId)) !== undefined;

/**
 * Tells one member privately through the channel of their id's platform: true when told, false
 * when no channel reaches them or it could not (logged); throws what the channel threw.
 */
export async function notifyMember(
  deps: Pick<EffectDeps, 'outlets'>,
  teamId: string,
  memberId: string,
  notice: Reply,
): Promise<boolean> {
  const outlet = notifierFor(deps.outlets(), platformOfMember(memberId));
  if (!outlet?.notify) return false;
  return outlet.notify(teamId, memberId, notice);
}

/**
 * After a command committed: sends its `notify` reply to each member through the channel of their
 * platform. Returns who was told; failures are logged.
 */
export async function deliverNotices(
  deps: Pick<EffectDeps, 'outlets' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<string[]> {
  if (!reply.notify) return [];
  const told: string[] = [];
  // Read in a direct message, outside the team: a button there would run its command in the wrong team.
  const notice = { ...reply.notify.reply, visibility: 'private' as const, followUps: [] };
  if (reply.locale) notice.locale = reply.locale;
  for (const memberId of reply.notify.memberIds) {
    if (!canNotify(deps, memberId)) continue;
    try {
      if (await notifyMember(deps, teamId, memberId, notice)) told.push(memberId);
      else deps.logger.warn('notice not delivered', { teamId, memberId });
    } catch (e) {
      deps.logger.error('notice failed', { teamId, memberId, error: errorText(e) });
    }
  }
  return told;
}
