import type { CommandContext } from '../core/command.ts';
import { opt } from '../core/options.ts';
import { type Reply, reply, text } from '../core/reply.ts';
import { retype } from '../core/typed-command.ts';
import type { Prospect } from '../domain/entities.ts';
import { type NearMatch, prospectNames } from './name-index.ts';

/** `new:true` (FR `nouveau:oui`): create the prospect even though its name resembles another one's. */
export const newProspectOption = () =>
  opt.boolean({
    frName: 'nouveau',
    description: {
      fr: 'Créer le prospect même si un nom proche existe',
      en: 'Create the prospect even if a close name exists',
    },
  });

const SHOWN = 3;

/** The prospects a new name probably designates, when it is not an id nor a name already taken. */
export function nearProspects(ctx: CommandContext, name: string, postalCode?: string): NearMatch[] {
  if (/^p-\d+$/i.test(name.trim())) return [];
  const index = ctx.tx.prospects.derived(prospectNames);
  if (index.exact(name)) return [];
  return index.near(name, postalCode);
}

function label(ctx: CommandContext, p: Prospect): string {
  const place = [p.postalCode, p.city].filter(Boolean).join(' ');
  return place
    ? ctx.t('dup.candidate_place', { id: p.id, name: p.name, place })
    : ctx.t('dup.candidate', { id: p.id, name: p.name });
}

type CommandPath = { command: string; subcommand?: string };
type Args = Readonly<Record<string, unknown>>;

interface Ask {
  /** The name as typed, which would become a new prospect; `field` is its option. */
  typed: string;
  field: string;
  postalCode?: string | undefined;
  /** The command asked (`log`, or `prospect` `add`) and its validated arguments, to run it again. */
  path: CommandPath;
  args: Args;
  /** What "yes, it is this one" runs: the same command with `prospect:P-151`, or another one. */
  yes: (p: Prospect) => { path?: CommandPath; args: Args };
  /** `new:true` was given: no question. */
  force: boolean | undefined;
}

/**
 * "Did you mean P-151 Boulangerie Martin?" when `typed` is close to existing prospects: a warning
 * with one button per candidate and one that creates the prospect anyway (`new:true`), nothing
 * written. Undefined when the name is new or `new:true` was given.
 */
export function askIfDuplicate(ctx: CommandContext, ask: Ask): Reply | undefined {
  if (ask.force) return undefined;
  const matches = nearProspects(ctx, ask.typed, ask.postalCode);
  const best = matches[0];
  if (!best) return undefined;
  const { t } = ctx;
  const shown = matches.slice(0, SHOWN);
  const question = t('errors.possible_duplicate', { id: best.prospect.id, name: best.prospect.name });
  const rerun = (path: CommandPath, args: Args) => retype(ctx.registry, path, args, ctx.locale);
  return reply({
    title: question,
    tone: 'warning',
    blocks: [
      text(label(ctx, best.prospect)),
      ...(shown.length > 1
        ? [
            text(
              t('dup.others', {
                list: shown
                  .slice(1)
                  .map((m) => label(ctx, m.prospect))
                  .join(' · '),
              }),
            ),
          ]
        : []),
      text(t('dup.nothing_saved', { typed: ask.typed })),
    ],
    followUps: [
      ...shown.map((m) => {
        const yes = ask.yes(m.prospect);
        return { label: t('dup.yes', { id: m.prospect.id }), command: rerun(yes.path ?? ask.path, yes.args) };
      }),
      {
        label: t('dup.no_create', { name: ask.typed }),
        command: rerun(ask.path, { ...ask.args, new: true }),
      },
    ],
    error: { code: 'possible_duplicate', message: question, field: ask.field },
    data: {
      possibleDuplicate: {
        typed: ask.typed,
        candidates: matches.map((m) => ({
          id: m.prospect.id,
          name: m.prospect.name,
          postalCode: m.prospect.postalCode ?? null,
          city: m.prospect.city ?? null,
          distance: m.distance,
        })),
      },
    },
  });
}

/**
 * "Yes, it is P-151" for `/prospect add`: the fields typed go to that prospect (`/prospect edit`),
 * or, with none, its card is shown.
 */
export function existingProspectCommand(p: Prospect, args: Args): { path: CommandPath; args: Args } {
  const { name: _name, new: _new, ...rest } = args;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const onlyConfirm = Object.keys(fields).every((k) => k === 'confirm');
  return onlyConfirm
    ? { path: { command: 'prospect', subcommand: 'show' }, args: { prospect: p.id } }
    : { path: { command: 'prospect', subcommand: 'edit' }, args: { ...fields, prospect: p.id } };
}
