import { z } from 'zod';
import { type OptionMeta, opt, optionRegistry } from '../core/options.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../domain/ids.ts';
import { guardConfirmOption } from '../privacy/guard-note.ts';
import { logOptions } from './log-options.ts';

function metaOf(schema: z.ZodType): OptionMeta {
  const meta = optionRegistry.get(schema);
  if (!meta) throw new Error('log option without meta');
  return meta;
}

/** `/log`'s option, made optional for an edit (same names, labels and aliases), minus `action` (this command's own). */
function optionalCopy(schema: z.ZodType) {
  const { kind: _kind, choices: _choices, required: _required, aliases, ...base } = metaOf(schema);
  return { ...base, aliases: (aliases ?? []).filter((a) => a !== 'action') };
}

const { date, amount, margin, duration, travel, km, campaign, rep, note } = logOptions.shape;

/** The reference option of every /activity subcommand: `A-12`, typed first without its name. */
export const activityRefOption = () =>
  opt.text({
    required: true,
    positional: true,
    frName: 'action',
    aliases: ['id', 'ref', 'reference', 'référence'],
    maxLength: 40,
    description: { fr: 'Référence de l’action (A-12)', en: 'Reference of the action (A-12)' },
  });

/** `/activity edit A-12 …`: every field of `/log`, each optional; no field shows the entry as it is. */
export const editOptions = z.object({
  activity: activityRefOption(),
  kind: opt.choice(ACTIVITY_KINDS, optionalCopy(logOptions.shape.kind)),
  outcome: opt.choice(OUTCOMES, optionalCopy(logOptions.shape.outcome)),
  prospect: opt.text({
    ...optionalCopy(logOptions.shape.prospect),
    description: { fr: 'Prospect (nom ou id P-12)', en: 'Prospect (name or id P-12)' },
  }),
  date,
  amount,
  margin,
  duration,
  travel,
  km,
  campaign,
  rep,
  note,
  confirm: guardConfirmOption(),
});

export type EditArgs = z.output<typeof editOptions>;
