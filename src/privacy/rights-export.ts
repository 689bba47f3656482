import { recordAudit } from '../audit/record.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, fields, type Reply, reply, table, text } from '../core/reply.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../domain/ids.ts';
import { formatLocal } from '../follow-ups/format.ts';
import type { MessageKey } from '../i18n/index.ts';
import { exportFiles } from './export-files.ts';
import { answerRequest } from './requests.ts';
import { lookupSubject, type RightsSubject, sourceLabel, subjectIds } from './rights-lookup.ts';

const CONTENT_FIELDS = [
  'name',
  'company',
  'email',
  'phone',
  'title',
  'kind',
  'outcome',
  'note',
  'body',
  'dueLocal',
];

/** A field as the reader reads it: an activity's kind and outcome in their words, a due time as a date. */
function shown(ctx: CommandContext, field: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (field === 'kind' && (ACTIVITY_KINDS as readonly string[]).includes(value))
    return ctx.t(`kind.${value}` as MessageKey);
  if (field === 'outcome' && (OUTCOMES as readonly string[]).includes(value))
    return ctx.t(`outcome.${value}` as MessageKey);
  if (field === 'dueLocal') return formatLocal(ctx.fmt, value);
  return value;
}

/** One line of the readable summary: the record's identifying and free-text fields (the files keep them as stored). */
function contentOf(ctx: CommandContext, record: Readonly<Record<string, unknown>>): string {
  const inner = (record.activity ?? record.prospect ?? record) as Record<string, unknown>;
  const parts: (string | number)[] = [];
  for (const f of CONTENT_FIELDS) {
    const v = inner[f];
    if (typeof v === 'string' || typeof v === 'number') parts.push(shown(ctx, f, v));
  }
  return parts.join(' · ').slice(0, 300);
}

function summary(ctx: CommandContext, subject: RightsSubject): Block[] {
  const { t, fmt } = ctx;
  const who = (id: unknown): string =>
    typeof id === 'string' ? (ctx.tx.members.get(id)?.displayName ?? id) : '';
  const blocks: Block[] = [];
  for (const f of subject.findings) {
    if (f.records.length === 0) continue;
    const rows = f.records.slice(0, 25).map(({ id, record }) => {
      const inner = (record.activity ?? record) as Record<string, unknown>;
      const when =
        typeof inner.date === 'string'
          ? fmt.date(inner.date)
          : typeof record.createdAt === 'string'
            ? fmt.instantDate(record.createdAt)
            : '';
      return [id, when, who(inner.createdBy ?? record.authorId ?? record.createdBy), contentOf(ctx, record)];
    });
    blocks.push(
      table(
        [
          { label: t('gdpr.column.id') },
          { label: t('gdpr.column.when') },
          { label: t('gdpr.column.by') },
          { label: t('gdpr.column.content') },
        ],
        rows,
        t('gdpr.export.section', { label: sourceLabel(f, ctx.locale), count: f.records.length }),
      ),
    );
  }
  return blocks;
}

/** `/gdpr export`: everything the team holds on the person, as a summary and JSON + CSV files; logged. */
export function exportPerson(
  ctx: CommandContext,
  args: { person: string; request?: string | undefined },
): Reply {
  const { t, tx } = ctx;
  const subject = lookupSubject(ctx, args.person);
  const ids = subjectIds(subject);
  const request = answerRequest(tx, {
    ref: args.request,
    kind: 'access',
    today: ctx.today,
    prospectIds: ids,
    by: ctx.member.id,
    now: ctx.now,
    locale: ctx.locale,
  });
  const counts: Record<string, number> = {};
  for (const f of subject.findings) if (f.records.length > 0) counts[f.source.kind] = f.records.length;
  recordAudit(tx, {
    action: 'export',
    actorId: ctx.member.id,
    at: ctx.now,
    targets: [request.id, ...ids],
    counts,
  });
  const blocks =
    subject.total === 0
      ? [text(t('gdpr.nothing_found'))]
      : [...summary(ctx, subject), text(t('gdpr.export.files'))];
  return reply({
    title: t('gdpr.export.title', { count: subject.total, request: request.id }),
    visibility: 'private',
    blocks:
      ids.length > 0
        ? [fields([{ label: t('gdpr.requests.column.about'), value: ids.join(', ') }]), ...blocks]
        : blocks,
    files: exportFiles(subject.findings, {
      exportedAt: ctx.now.toISOString(),
      teamId: ctx.team.id,
      prospectIds: ids,
      requestId: request.id,
    }),
    followUps: [{ label: t('gdpr.button.requests'), command: '/gdpr requests' }],
    reference: request.id,
    data: { request, counts, prospectIds: ids, total: subject.total },
  });
}
