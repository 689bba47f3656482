import { DateTime } from 'luxon';
import type { CommandContext } from '../core/command.ts';
import type { ActivityKind } from '../domain/ids.ts';
import type { Due } from '../follow-ups/due.ts';
import { nextLegalCallSlot } from './call-calendar.ts';
import { callPermission } from './call-slot.ts';
import { consentHistory } from './current.ts';

/**
 * A follow-up call to a consumer falls inside the legal windows (DOMAIN §6): a due time outside
 * them, or before the 30-day attempt limit or the 60-day refusal delay allow, moves to the first
 * legal slot. Businesses, and follow-ups of anything but a call, keep the time typed.
 */
export function legalCallDue(
  ctx: CommandContext,
  prospectId: string,
  kind: ActivityKind | undefined,
  due: Due,
): { due: Due; moved: boolean } {
  const prospect = ctx.tx.prospects.get(prospectId);
  if (prospect?.type !== 'b2c' || kind !== 'call') return { due, moved: false };
  const timeZone = ctx.team.settings.timeZone;
  const history = {
    activities: ctx.tx.activities.all().filter((a) => a.prospectId === prospectId),
    consents: consentHistory(ctx.tx, prospectId),
  };
  const verdict = callPermission(prospect, history, new Date(due.at), timeZone);
  if (verdict.allowed) return { due, moved: false };
  // Without consent no slot is legal: the reminder still lands in the hours, and /log will say the rest.
  const local =
    verdict.next ??
    nextLegalCallSlot(DateTime.fromISO(due.at, { zone: timeZone })).toFormat("yyyy-MM-dd'T'HH:mm");
  if (local === due.local) return { due, moved: false };
  const at = DateTime.fromISO(local, { zone: timeZone }).toUTC().toISO() ?? due.at;
  return { due: { at, local }, moved: true };
}
