import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { opt } from '../core/options.ts';
import { type Block, text } from '../core/reply.ts';
import { parseTime } from '../core/values/clock-words.ts';
import type { Activity, Prospect } from '../domain/entities.ts';
import type { ContactWarning } from '../domain/ids.ts';
import type { MessageKey } from '../i18n/index.ts';
import { activityShardOf } from '../store/collections.ts';
import { type Breach, contactBreaches, historyFrom } from './contact-rules.ts';
import { consentHistory } from './current.ts';

/** `/log … heure:21:00`: when the contact took place, so that a consumer call's hours can be judged. */
export const contactTimeOption = opt.text({
  frName: 'heure',
  aliases: ['hour', 'at_time'],
  maxLength: 20,
  description: {
    fr: 'Heure de l’action (14:30) : contrôle des horaires d’appel des particuliers',
    en: 'Time of the action (14:30): checks consumer call hours',
  },
});

/** The `HH:mm` typed in `heure`, or a UserError naming it. */
export function requireContactTime(typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  const r = parseTime(typed);
  if (!r.ok) throw new UserError('log_time_invalid', { value: typed }, 'time');
  return r.value;
}

/** `{code, message}` as `--json` carries them (`data.warnings`). */
export interface ContactWarningOut {
  code: ContactWarning;
  message: string;
}

/** One breach in the user's words: dates in their format, the channel named. */
export function warningMessage(ctx: CommandContext, prospect: Prospect, b: Breach): string {
  const params: Record<string, string | number> = { id: prospect.id };
  for (const [k, v] of Object.entries(b.params))
    params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? ctx.fmt.date(v) : v;
  if (typeof b.params.channel === 'string') {
    const label = ctx.t(`consent_channel.${b.params.channel}` as MessageKey);
    params.channel = label.charAt(0).toUpperCase() + label.slice(1);
  }
  return ctx.t(`contact_warning.${b.code}` as MessageKey, params);
}

/**
 * A contact about to be stored, checked against the consumer rules (DOMAIN §6): the activity
 * carries the rules it breaks as its compliance flag, and the answer says them. Nothing is refused:
 * a log records what happened.
 */
export function checkLoggedContact(
  ctx: CommandContext,
  prospect: Prospect,
  activity: Activity,
): { activity: Activity; warnings: ContactWarningOut[]; blocks: Block[] } {
  const { compliance: _old, ...rest } = activity;
  // The rules are the consumers' (contactBreaches answers [] for anyone else): a B2B /log must not
  // read the team's whole activity history.
  if (prospect.type !== 'b2c') return { activity: rest, warnings: [], blocks: [] };
  // Only the shards of the days the rules read (historyFrom): 60 days, not the team's whole history.
  const window = ctx.tx.activities.inShards(
    activityShardOf(historyFrom(activity.date)),
    activityShardOf(activity.date),
  );
  const history = {
    activities: window.filter((a) => a.prospectId === prospect.id),
    consents: consentHistory(ctx.tx, prospect.id),
  };
  const breaches = contactBreaches(prospect, activity, history);
  if (breaches.length === 0) return { activity: rest, warnings: [], blocks: [] };
  const warnings = breaches.map((b) => ({ code: b.code, message: warningMessage(ctx, prospect, b) }));
  const lines = [
    ctx.t('contact_warning.recorded', { count: warnings.length }),
    ...warnings.map((w) => `⚠ ${w.message}`),
  ];
  return {
    activity: { ...rest, compliance: breaches.map((b) => b.code) },
    warnings,
    blocks: [text(lines.join('\n'))],
  };
}

/**
 * An edited activity (`/activity edit`) judged again when what the rules read changed (kind, day,
 * prospect); otherwise its flag stays as recorded.
 */
export function recheckEditedContact(
  ctx: CommandContext,
  before: Activity,
  after: Activity,
): { activity: Activity; warnings: ContactWarningOut[]; blocks: Block[] } {
  const same =
    before.kind === after.kind && before.date === after.date && before.prospectId === after.prospectId;
  const prospect = ctx.tx.prospects.get(after.prospectId);
  if (same || !prospect) return { activity: after, warnings: [], blocks: [] };
  return checkLoggedContact(ctx, prospect, after);
}
