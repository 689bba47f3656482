import { flatCounts, recordAudit } from '../audit/record.ts';
import type { CommandContext } from '../core/command.ts';
import { type Reply, reply, table, text } from '../core/reply.ts';
import { historyMentions, redactHistory } from './chat-history.ts';
import { removeExportCopies } from './export-copies.ts';
import { type ErasureAction, erasePersonalData, erasureCounts } from './personal-data.ts';
import { answerRequest } from './requests.ts';
import { lookupSubject, personRef, type RightsSubject, sourceLabel, subjectIds } from './rights-lookup.ts';

const HISTORY_KIND = 'chat-history';

function countsTable(ctx: CommandContext, subject: RightsSubject, historyLines: number) {
  const { t } = ctx;
  const rows: string[][] = [];
  for (const f of subject.findings) {
    const byAction = new Map<ErasureAction, number>();
    for (const r of f.records) byAction.set(r.action, (byAction.get(r.action) ?? 0) + 1);
    for (const [action, n] of byAction)
      rows.push([sourceLabel(f, ctx.locale), String(n), t(`gdpr.action.${action}`)]);
  }
  if (historyLines > 0) rows.push([t('gdpr.history_lines'), String(historyLines), t('gdpr.action.redact')]);
  return table(
    [
      { label: t('gdpr.column.kind') },
      { label: t('gdpr.column.count'), align: 'right' },
      { label: t('gdpr.column.change') },
    ],
    rows,
  );
}

/**
 * `/gdpr erase`: without `confirm`, what will change (nothing written) and a button to confirm;
 * with it, every source erases the person in this transaction, the chat history is redacted, and
 * the erasure is logged with counts and keyed hashes only.
 */
export async function erasePerson(
  ctx: CommandContext,
  args: { person: string; confirm?: boolean | undefined; request?: string | undefined },
): Promise<Reply> {
  const { t, tx } = ctx;
  const subject = lookupSubject(ctx, args.person);
  const historyLines = await historyMentions(ctx.dataDir, subject.matcher);
  const counts = erasureCounts(subject.findings);
  if (historyLines > 0) counts[HISTORY_KIND] = { redact: historyLines };
  const ids = subjectIds(subject);
  if (subject.total === 0 && historyLines === 0) {
    return reply({
      title: t('gdpr.erase.preview_title'),
      blocks: [text(t('gdpr.nothing_found'))],
      data: { counts, prospectIds: ids },
    });
  }
  if (args.confirm !== true) {
    const request = args.request ? ` request:${args.request}` : '';
    return reply({
      title: t('gdpr.erase.preview_title'),
      tone: 'warning',
      blocks: [countsTable(ctx, subject, historyLines), text(t('gdpr.erase.preview'))],
      followUps: [
        {
          label: t('gdpr.erase.confirm_button'),
          command: `/gdpr erase person:${personRef(subject, args.person)} confirm:true${request}`,
        },
      ],
      data: { counts, prospectIds: ids, confirmed: false },
    });
  }
  const at = ctx.now.toISOString();
  erasePersonalData(tx, subject.findings, { matcher: subject.matcher, at });
  // The history is a file beside the teams, not a store collection: redacted now; should the
  // commit fail, a redacted history line is no loss.
  await redactHistory(ctx.dataDir, subject.matcher);
  const copies = await removeExportCopies(ctx.dataDir, subject.matcher);
  if (copies > 0) counts['export-files'] = { delete: copies };
  const request = answerRequest(tx, {
    ref: args.request,
    kind: 'erasure',
    today: ctx.today,
    prospectIds: ids,
    by: ctx.member.id,
    now: ctx.now,
    locale: ctx.locale,
  });
  recordAudit(tx, {
    action: 'erasure',
    actorId: ctx.member.id,
    at: ctx.now,
    targets: [request.id, ...ids],
    counts: flatCounts(counts),
    hashes: subject.hashes,
  });
  return reply({
    title: t('gdpr.erase.done_title', { request: request.id }),
    tone: 'success',
    blocks: [countsTable(ctx, subject, historyLines), text(t('gdpr.erase.done'))],
    followUps: [{ label: t('gdpr.button.requests'), command: '/gdpr requests' }],
    reference: request.id,
    data: { counts, prospectIds: ids, confirmed: true, request },
  });
}
