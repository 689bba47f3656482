import type { CommandContext } from '../core/command.ts';
import { partsOf, type ReportScope } from './collect.ts';
import type { ReportDoc, ReportPart, ReportSection } from './model.ts';
import { OUTLINE } from './outline.ts';

/**
 * The dossier's content: each outline section filled with the answers of its commands, run in the
 * render worker over the snapshot of the team taken in the command's transaction (worker-build.ts).
 */
export async function buildReport(
  ctx: CommandContext,
  scope: ReportScope,
  cover: { campaign?: string | undefined; period?: string | undefined; rep?: string | undefined },
): Promise<ReportDoc> {
  const { t } = ctx;
  const sections: ReportSection[] = [];
  for (const entry of OUTLINE) {
    const parts: ReportPart[] = [];
    const omitted: string[] = [];
    const title = t(`report.section.${entry.key}` as 'report.section.company');
    const typedAll = entry.commands.flatMap((c) =>
      typeof c === 'string' ? [c] : c(ctx.tx, scope, ctx.today),
    );
    for (const typed of typedAll) {
      const got = await partsOf(ctx, typed, scope);
      if (Array.isArray(got)) parts.push(...got);
      else omitted.push(t('report.omitted', { number: entry.number, title, ...got.leftOut }));
      // Between two commands, let the thread's other events run: the dossier runs some twenty of them.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    sections.push({
      number: entry.number,
      title,
      level: entry.level,
      parts,
      ...(omitted.length > 0 && { omitted }),
    });
  }
  return {
    locale: ctx.locale,
    title: t('report.title'),
    subtitle: t('report.subtitle'),
    cover: [
      t('report.cover_team', { team: ctx.team.name }),
      t('report.cover_campaign', { campaign: cover.campaign ?? t('report.cover_all') }),
      ...(cover.period ? [t('report.cover_period', { period: cover.period })] : []),
      ...(cover.rep ? [t('report.cover_rep', { rep: cover.rep })] : []),
      t('report.cover_date', { date: ctx.fmt.date(ctx.today), author: ctx.member.displayName }),
    ],
    tocTitle: t('report.toc'),
    omittedTitle: t('report.omitted_title', { role: t(`role.${ctx.member.role}`) }),
    pageLabel: t('report.page', { page: '{page}', pages: '{pages}' }),
    sections,
  };
}
