import type { CommandContext } from '../core/command.ts';
import { describeOptions } from '../core/options.ts';
import type { Field, FollowUp } from '../core/reply.ts';
import type { Activity } from '../domain/entities.ts';
import type { Translator } from '../i18n/index.ts';
import { editOptions } from './edit-options.ts';
import { KIND_LABELS, OUTCOME_LABELS } from './labels.ts';

/** The buttons of a saved entry: *Modifier* shows it ready to correct, *Annuler* deletes it (restorable). */
export const entryFollowUps = (t: Translator, id: string): FollowUp[] => [
  { label: t('activity.followup_edit'), command: `/activity edit ${id}` },
  { label: t('activity.followup_undo'), command: `/activity delete ${id}` },
];

/** The title of an entry shown as it is: « Action A-12 : appel, RDV obtenu ». */
export const activityTitle = (t: Translator, a: Activity): string =>
  t('activity.show_title', { id: a.id, kind: t(`kind.${a.kind}`), outcome: t(`outcome.${a.outcome}`) });

/** Every field of an activity; the reference after the who, what and when. */
export function activityFields(a: Activity, ctx: CommandContext): Field[] {
  const { t, fmt, tx } = ctx;
  const prospect = tx.prospects.get(a.prospectId);
  const member = (id: string) => tx.members.get(id)?.displayName ?? id;
  const f: Field[] = [
    {
      label: t('field.prospect'),
      value: prospect ? `${prospect.name} (${a.prospectId})` : a.prospectId,
      inline: true,
    },
    { label: t('field.kind'), value: t(`kind.${a.kind}`), inline: true },
    { label: t('field.outcome'), value: t(`outcome.${a.outcome}`), inline: true },
    {
      label: t('field.date'),
      value: a.time ? `${fmt.date(a.date)} ${a.time}` : fmt.date(a.date),
      inline: true,
    },
    { label: t('field.rep'), value: member(a.repId), inline: true },
    { label: t('activity.field.reference'), value: a.id, inline: true },
  ];
  if (a.amount !== undefined) f.push({ label: t('field.amount'), value: fmt.money(a.amount), inline: true });
  if (a.margin !== undefined) f.push({ label: t('field.margin'), value: fmt.money(a.margin), inline: true });
  if (a.durationMin !== undefined)
    f.push({ label: t('activity.field.duration'), value: `${fmt.integer(a.durationMin)} min`, inline: true });
  if (a.travelMin !== undefined)
    f.push({ label: t('activity.field.travel'), value: `${fmt.integer(a.travelMin)} min`, inline: true });
  if (a.km !== undefined) f.push({ label: t('activity.field.km'), value: fmt.number(a.km), inline: true });
  if (a.campaignId !== undefined)
    f.push({
      label: t('field.campaign'),
      value: tx.campaigns.get(a.campaignId)?.name ?? a.campaignId,
      inline: true,
    });
  if (a.createdBy !== a.repId)
    f.push({ label: t('activity.field.created_by'), value: member(a.createdBy), inline: true });
  if (a.note !== undefined) f.push({ label: t('field.note'), value: a.note });
  return f;
}

const quote = (v: string): string => (/^[^\s"«»“”„:]+$/.test(v) ? v : `"${v}"`);

/**
 * The `/activity edit` command that would set the entry as it is, in the user's language
 * (`/action modifier A-12 type:appel résultat:"RDV obtenu" …`): to copy, keep what changes, send.
 */
export function editCommandText(a: Activity, ctx: CommandContext): string {
  const fr = ctx.locale === 'fr';
  const names = new Map(
    describeOptions(editOptions).map((o) => [o.name, fr ? (o.frName ?? o.name) : o.name]),
  );
  const parts = [fr ? '/action modifier' : '/activity edit', a.id];
  const add = (option: string, value: string | number | undefined) => {
    if (value !== undefined) parts.push(`${names.get(option) ?? option}:${quote(String(value))}`);
  };
  add('kind', KIND_LABELS[ctx.locale][a.kind]);
  add('outcome', OUTCOME_LABELS[ctx.locale][a.outcome]);
  add('prospect', a.prospectId);
  add('date', a.date);
  add('amount', a.amount);
  add('margin', a.margin);
  add('duration', a.durationMin);
  add('travel', a.travelMin);
  add('km', a.km);
  add('campaign', a.campaignId);
  if (a.note !== undefined && !a.note.includes('"')) add('note', a.note);
  return parts.join(' ');
}
