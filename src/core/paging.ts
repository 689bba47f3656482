import type { CommandContext } from './command.ts';
import { describeOptions, displayName, opt } from './options.ts';
import type { TablePage } from './reply.ts';
import { retype } from './typed-command.ts';

/**
 * The page a list command shows, for its table: where it starts in the whole list and the command
 * (as this user types it, without the start option) that shows the rows after it. `option` is the
 * command's start option, a 1-based rank.
 */
export function listPage(
  ctx: Pick<CommandContext, 'registry' | 'locale'>,
  path: { command: string; subcommand?: string },
  args: Readonly<Record<string, unknown>>,
  page: { offset: number; total: number; option: string },
): TablePage {
  const { [page.option]: _start, ...rest } = args;
  const command = ctx.registry.find(path.command);
  const action = command?.action ?? command?.subcommands.find((s) => s.name === path.subcommand);
  const start = action && describeOptions(action.options).find((o) => o.name === page.option);
  if (!start) throw new Error(`${path.command} ${path.subcommand ?? ''} has no option ${page.option}`);
  // A period is written as its days (`2026-07-01..2026-09-30`): the next page is the same period
  // even when `ce-mois` would mean another month by the time the button is clicked.
  const periods = describeOptions(action.options).flatMap((o) => {
    const v = rest[o.name] as { from?: unknown; to?: unknown } | undefined;
    return o.kind === 'period' && typeof v?.from === 'string' && typeof v.to === 'string'
      ? [`${displayName(o, ctx.locale)}:${v.from}..${v.to}`]
      : [];
  });
  return {
    offset: page.offset,
    total: page.total,
    command: [retype(ctx.registry, path, rest, ctx.locale), ...periods].join(' '),
    option: displayName(start, ctx.locale),
  };
}

/**
 * A paged list's caption: "rows N to M of T" past the first page, "N shown of T" when the first
 * page does not hold them all; `<prefix>.list_page` / `<prefix>.list_more` are the feature's keys.
 */
export function pageCaption(
  t: CommandContext['t'],
  prefix: 'activity' | 'prospect' | 'list',
  page: { offset: number; shown: number; total: number },
): string | undefined {
  if (page.offset > 0)
    return t(`${prefix}.list_page`, {
      from: page.offset + 1,
      to: page.offset + page.shown,
      total: page.total,
    });
  return page.total > page.shown
    ? t(`${prefix}.list_more`, { shown: page.shown, total: page.total })
    : undefined;
}

/**
 * `from:` (`début:`), the rank of the first row a list shows (1 by default): what a list's *Suite*
 * button sets to show the rows after a page.
 */
export const fromOption = () =>
  opt.integer({
    min: 1,
    frName: 'début',
    aliases: ['debut'],
    description: {
      fr: 'Rang de la première ligne montrée (1 par défaut) : la suite d’une liste',
      en: 'Rank of the first row shown (default 1): the rest of a list',
    },
  });

/**
 * One page of a long list (watch notes, the audit log, rights requests…): at most `size` items
 * from `args.from`, with the table's caption and page, so that every channel offers the rows
 * after it with a *Suite* button (and cuts a page its messages cannot hold, the same way).
 */
export function pageOf<T>(
  ctx: Pick<CommandContext, 'registry' | 'locale' | 't'>,
  path: { command: string; subcommand?: string },
  args: Readonly<Record<string, unknown>> & { from?: number | undefined },
  items: readonly T[],
  size: number,
): { shown: T[]; offset: number; caption: string | undefined; page: TablePage; pastEnd: string | undefined } {
  const offset = (args.from ?? 1) - 1;
  const shown = items.slice(offset, offset + size);
  return {
    shown,
    offset,
    caption: pageCaption(ctx.t, 'list', { offset, shown: shown.length, total: items.length }),
    page: listPage(ctx, path, args, { offset, total: items.length, option: 'from' }),
    pastEnd: shown.length === 0 && offset > 0 && items.length > 0 ? ctx.t('list.past_end') : undefined,
  };
}
