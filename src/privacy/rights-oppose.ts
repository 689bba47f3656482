import { recordAudit } from '../audit/record.ts';
import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { type Reply, reply, text } from '../core/reply.ts';
import { nextId } from '../domain/lookup.ts';
import { followUpsCollection } from '../follow-ups/entities.ts';
import { OPPOSITION_YEARS, type Opposition, oppositionsCollection } from './opposition.ts';
import { answerRequest } from './requests.ts';
import { lookupSubject, subjectIds } from './rights-lookup.ts';

const yearsAfter = (day: string, years: number): string =>
  `${Number(day.slice(0, 4)) + years}${day.slice(4)}`.replace(/-02-29$/, '-02-28');

/**
 * `/gdpr oppose`: the person goes on the do-not-contact list (keyed hashes of their identifiers and
 * their prospect ids), whether or not they are a prospect; their open follow-ups are closed.
 */
export function opposePerson(
  ctx: CommandContext,
  args: { person: string; request?: string | undefined },
): Reply {
  const { t, tx } = ctx;
  const subject = lookupSubject(ctx, args.person);
  if (subject.hashes.length === 0) throw new UserError('gdpr_person_empty', { value: args.person }, 'person');
  const ids = subjectIds(subject);
  const list = tx.collection(oppositionsCollection);
  const existing = list
    .all()
    .find(
      (o) => o.hashes.some((h) => subject.hashes.includes(h)) || o.prospectIds.some((id) => ids.includes(id)),
    );
  const request = answerRequest(tx, {
    ref: args.request,
    kind: 'opposition',
    today: ctx.today,
    prospectIds: ids,
    by: ctx.member.id,
    now: ctx.now,
    locale: ctx.locale,
  });
  const entry: Opposition = {
    id: existing?.id ?? nextId(list, 'X'),
    hashes: [...new Set([...(existing?.hashes ?? []), ...subject.hashes])].slice(0, 20),
    prospectIds: [...new Set([...(existing?.prospectIds ?? []), ...ids])].slice(0, 50),
    requestId: request.id,
    createdAt: existing?.createdAt ?? ctx.now.toISOString(),
    createdBy: existing?.createdBy ?? ctx.member.id,
    expiresOn: yearsAfter(ctx.today, OPPOSITION_YEARS),
  };
  list.put(entry);
  const followUps = tx.collection(followUpsCollection);
  let closed = 0;
  for (const f of followUps.all()) {
    if (f.status !== 'open' || !subject.person.prospectIds.has(f.prospectId)) continue;
    const { reminderAttempt: _a, ...rest } = f;
    followUps.put({ ...rest, status: 'done', closedAt: ctx.now.toISOString(), closedBy: ctx.member.id });
    closed++;
  }
  recordAudit(tx, {
    action: 'opposition',
    actorId: ctx.member.id,
    at: ctx.now,
    targets: [entry.id, request.id, ...ids],
    counts: { 'follow-ups.closed': closed },
    hashes: subject.hashes,
  });
  const blocks = [text(t('gdpr.oppose.body', { until: ctx.fmt.date(entry.expiresOn) }))];
  if (closed > 0) blocks.push(text(t('gdpr.oppose.closed_follow_ups', { count: closed })));
  return reply({
    title: t(existing ? 'gdpr.oppose.merged' : 'gdpr.oppose.title', { id: entry.id, request: request.id }),
    tone: 'success',
    blocks,
    followUps: [{ label: t('gdpr.button.requests'), command: '/gdpr requests' }],
    reference: entry.id,
    data: {
      opposition: { id: entry.id, expiresOn: entry.expiresOn, prospectIds: entry.prospectIds },
      request,
      closedFollowUps: closed,
    },
  });
}
