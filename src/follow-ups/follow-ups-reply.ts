import { todayIn } from '../analytics/period.ts';
import type { CommandContext } from '../core/command.ts';
import { pageOf } from '../core/paging.ts';
import { type Block, type FollowUp as Button, type Reply, reply, table, text } from '../core/reply.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';
import { formatDue } from './format.ts';

const SECTIONS = ['overdue', 'today', 'upcoming'] as const;
type Section = (typeof SECTIONS)[number];
/** Buttons for the first few follow-ups only: chat clients show a handful of buttons at most. */
const MAX_WITH_BUTTONS = 3;

/** Overdue: due on a day before today; today; upcoming: after today (days in the team's time zone). */
function sectionOf(f: FollowUp, today: string, timeZone: string): Section {
  const day = todayIn(timeZone, new Date(f.dueAt));
  return day < today ? 'overdue' : day === today ? 'today' : 'upcoming';
}

/** Follow-ups a page shows: a rep with hundreds open sees 50, and the rest with *Suite*. */
const PAGE_SIZE = 50;

/**
 * The member's open follow-ups in three sections, soonest first, with buttons Done, Postpone, Log;
 * one page of them from `args.from` (the sections' counts are the whole list's).
 */
export function followUpsReply(
  ctx: CommandContext,
  repId: string,
  title: string,
  args: Readonly<Record<string, unknown>> & { from?: number | undefined } = {},
): Reply {
  const { t, fmt, tx } = ctx;
  const timeZone = ctx.team.settings.timeZone;
  const open = tx
    .collection(followUpsCollection)
    .all()
    .filter((f) => f.status === 'open' && f.repId === repId)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  const nameOf = (f: FollowUp) => tx.prospects.get(f.prospectId)?.name ?? f.prospectId;
  const counts = new Map<Section, number>(SECTIONS.map((s) => [s, 0]));
  for (const f of open)
    counts.set(sectionOf(f, ctx.today, timeZone), (counts.get(sectionOf(f, ctx.today, timeZone)) ?? 0) + 1);
  const { shown, offset, page, pastEnd } = pageOf(ctx, { command: 'follow-ups' }, args, open, PAGE_SIZE);
  const bySection = new Map<Section, FollowUp[]>(SECTIONS.map((s) => [s, []]));
  for (const f of shown) bySection.get(sectionOf(f, ctx.today, timeZone))?.push(f);
  const blocks: Block[] = [];
  let before = offset;
  const last = SECTIONS.filter((s) => (bySection.get(s) ?? []).length > 0).at(-1);
  for (const section of SECTIONS) {
    const items = bySection.get(section) ?? [];
    if (items.length === 0) continue;
    blocks.push(
      table(
        [
          { label: t('follow_up.col.id') },
          { label: t('follow_up.col.prospect') },
          { label: t('follow_up.col.due') },
        ],
        items.map((f) => [f.id, `${nameOf(f)} (${f.prospectId})`, formatDue(fmt, f.dueAt, timeZone)]),
        t(`follow_up.section.${section}`, { count: counts.get(section) ?? items.length }),
        // The page's last table goes on with *Suite*: its first row's rank in the whole list.
        section === last ? { ...page, offset: before } : undefined,
      ),
    );
    before += items.length;
  }
  if (blocks.length === 0) blocks.push(text(pastEnd ?? t('follow_up.none')));
  const followUps: Button[] = shown.slice(0, MAX_WITH_BUTTONS).flatMap((f) => [
    { label: t('follow_up.button.done', { id: f.id }), command: `/follow-ups done:${f.id}` },
    {
      label: t('follow_up.button.postpone', { id: f.id }),
      // The day word in the user's language: dispatch localizes names, not free text.
      command: `/follow-ups postpone:${f.id} to:${t.locale === 'fr' ? 'demain' : 'tomorrow'}`,
    },
    { label: t('follow_up.button.log', { name: nameOf(f) }), command: `/log prospect:${f.prospectId}` },
  ]);
  return reply({
    title,
    blocks,
    followUps,
    data: {
      followUps: open.map((f) => ({
        id: f.id,
        prospectId: f.prospectId,
        repId: f.repId,
        dueAt: f.dueAt,
        section: sectionOf(f, ctx.today, timeZone),
      })),
    },
  });
}
