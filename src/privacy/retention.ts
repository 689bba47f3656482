import type { Activity, Prospect } from '../domain/entities.ts';
import type { TeamTx, TeamView } from '../store/types.ts';
import { oppositionsCollection } from './opposition.ts';
import { personMatcher } from './person-match.ts';
import { erasePersonalData, erasureCounts, findPersonalData } from './personal-data.ts';
import { type RetentionSettings, retentionCollection, retentionOf } from './retention-settings.ts';
import { personalDataSources } from './sources/index.ts';

/**
 * A contact *from* the prospect (DOMAIN §6: a reply, a meeting; a sent e-mail, an unanswered call
 * or a call that only reached a switchboard do not count): an outcome where they answered —
 * refused, callback, appointment, proposal, signed, lost — on any kind (a reply to an e-mail, a
 * letter or a message counts), or a visit or meeting held (`visit`, `meeting` without
 * `no_answer` / `wrong_contact`). `no_answer`, `wrong_contact` and `reached` (barrage) never count.
 */
export function isContactFromProspect(a: Pick<Activity, 'kind' | 'outcome'>): boolean {
  if (a.outcome === 'no_answer' || a.outcome === 'wrong_contact') return false;
  if (a.kind === 'visit' || a.kind === 'meeting') return true;
  return a.outcome !== 'reached';
}

const addYears = (day: string, years: number): string =>
  `${Number(day.slice(0, 4)) + years}${day.slice(4)}`.replace(/-02-29$/, '-02-28');
const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface RetentionDue {
  prospectId: string;
  /** The day the retention starts from: collection, or the last contact from them (customers: the relationship's end). */
  since: string;
  /** The day it is to be anonymised. */
  expiresOn: string;
  kind: 'prospect' | 'customer';
}

/** Every live prospect's retention: from its last contact from them (or its creation) + the team's years. */
export function retentionDates(view: TeamView, rules: RetentionSettings): RetentionDue[] {
  const last = new Map<string, string>();
  for (const a of view.activities.all()) {
    if (isContactFromProspect(a) && a.date > (last.get(a.prospectId) ?? '')) last.set(a.prospectId, a.date);
  }
  return view.prospects
    .all()
    .filter((p) => !p.erasedAt)
    .map((p: Prospect) => {
      const customer = p.status === 'customer';
      const since = [p.createdAt.slice(0, 10), last.get(p.id) ?? '', customer ? (p.customerSince ?? '') : '']
        .sort()
        .at(-1) as string;
      const years = customer ? rules.customerYears : rules.prospectYears;
      return {
        prospectId: p.id,
        since,
        expiresOn: addYears(since, years),
        kind: customer ? 'customer' : 'prospect',
      };
    });
}

export interface RetentionPlan {
  /** Told to managers today (their anonymisation comes after the notice period). */
  notice: RetentionDue[];
  /** Anonymised today: past their date, and noticed at least `noticeDays` ago. */
  anonymise: RetentionDue[];
  /** Do-not-contact entries past their 3 (or more) years, purged today. */
  purgeOppositions: string[];
}

/** What the daily job does today, without doing it (`/gdpr retention preview`). */
export function planRetention(view: TeamView, today: string, now: Date): RetentionPlan {
  const rules = retentionOf(view, now);
  const pending = new Map(rules.pending.map((p) => [p.prospectId, p.noticedOn]));
  const horizon = addDays(today, rules.noticeDays);
  const due = retentionDates(view, rules).filter((d) => d.expiresOn <= horizon);
  return {
    notice: due.filter((d) => !pending.has(d.prospectId)),
    anonymise: due.filter((d) => {
      const noticed = pending.get(d.prospectId);
      return d.expiresOn <= today && noticed !== undefined && addDays(noticed, rules.noticeDays) <= today;
    }),
    purgeOppositions: view
      .collection(oppositionsCollection)
      .all()
      .filter((o) => o.expiresOn <= today)
      .map((o) => o.id),
  };
}

/** Runs the plan: anonymises as `/gdpr erase` does (the prospect only, not namesakes), purges, records the notices. */
export function applyRetention(
  tx: TeamTx,
  plan: RetentionPlan,
  today: string,
  now: Date,
): Record<string, number> {
  const rules = retentionOf(tx, now);
  const at = now.toISOString();
  const counts: Record<string, number> = {};
  for (const d of plan.anonymise) {
    const p = tx.prospects.get(d.prospectId);
    if (!p) continue;
    const matcher = personMatcher({
      prospectIds: new Set([p.id]),
      names: [p.name],
      emails: p.email ? [p.email] : [],
      phones: p.phone ? [p.phone] : [],
    });
    const findings = findPersonalData(personalDataSources, tx, matcher);
    for (const [kind, byAction] of Object.entries(erasureCounts(findings)))
      for (const [action, n] of Object.entries(byAction))
        counts[`${kind}.${action}`] = (counts[`${kind}.${action}`] ?? 0) + n;
    erasePersonalData(tx, findings, { matcher, at });
  }
  const oppositions = tx.collection(oppositionsCollection);
  for (const id of plan.purgeOppositions) oppositions.remove(id);
  if (plan.purgeOppositions.length > 0) counts['oppositions.delete'] = plan.purgeOppositions.length;
  const anonymised = new Set(plan.anonymise.map((d) => d.prospectId));
  const horizon = addDays(today, rules.noticeDays);
  const stillDue = new Set(
    retentionDates(tx, rules)
      .filter((d) => d.expiresOn <= horizon)
      .map((d) => d.prospectId),
  );
  const pending = [
    ...rules.pending.filter((p) => !anonymised.has(p.prospectId) && stillDue.has(p.prospectId)),
    ...plan.notice.map((d) => ({ prospectId: d.prospectId, noticedOn: today })),
  ];
  tx.collection(retentionCollection).put({
    ...rules,
    pending,
    lastRunOn: today,
    ...(plan.notice.length > 0 && { lastNoticeOn: today }),
    updatedAt: at,
  });
  return counts;
}
