import { activityIdSequence } from '../activities/ids.ts';
import { type LogArgs, MONEY_OUTCOMES } from '../activities/log-options.ts';
import { normalizeKey } from '../core/values.ts';
import type { Activity, Campaign, Member, Prospect } from '../domain/entities.ts';
import { nextId } from '../domain/lookup.ts';
import { followUpCloser } from '../follow-ups/auto-close.ts';
import { nextProspectId } from '../prospects/merged.ts';
import { newProspect } from '../prospects/new-prospect.ts';
import type { TeamTx } from '../store/types.ts';
import { nearMatchKey } from './near-matches.ts';
import type { ParsedRow, RowError } from './rows.ts';

export interface ImportCounts {
  rows: number;
  imported: number;
  duplicates: number;
  newProspects: number;
  newReps: number;
  newCampaigns: number;
}

/** Checks that need the row as a whole (not one cell): found before anything is staged. */
export function checkActivityRows(rows: ParsedRow<LogArgs>[]): RowError[] {
  return rows.flatMap((r) =>
    (r.args.amount !== undefined || r.args.margin !== undefined) && !MONEY_OUTCOMES.has(r.args.outcome)
      ? [
          {
            line: r.line,
            field: 'amount',
            code: 'amount_not_applicable',
            params: { outcome: r.args.outcome },
          },
        ]
      : [],
  );
}

const fingerprint = (
  a: Pick<Activity, 'date' | 'kind' | 'outcome' | 'prospectId' | 'repId' | 'amount' | 'note'>,
): string => [a.date, a.kind, a.outcome, a.prospectId, a.repId, a.amount ?? '', a.note ?? ''].join('\u0001');

/** Index of a collection by accent- and case-insensitive name, built once per import. */
function byName<T extends { id: string }>(items: T[], name: (x: T) => string): Map<string, T> {
  return new Map(items.map((x) => [normalizeKey(name(x)), x]));
}

const seq = (tx: TeamTx['campaigns'], prefix: string) => {
  let n = Number(nextId(tx, prefix).slice(prefix.length + 1));
  return () => `${prefix}-${n++}`;
};

/**
 * Stages valid rows as activities, creating the prospects, reps and campaigns they name. A row
 * identical to one already stored (same day, kind, outcome, prospect, rep, amount, note) is skipped,
 * so importing the same file twice adds nothing.
 */
export function stageActivities(
  tx: TeamTx,
  rows: ParsedRow<LogArgs>[],
  by: { member: Member; now: Date; today: string },
  /** Names of the file that go to an existing prospect (`doublons:fusionner`), by `nearMatchKey`. */
  merge: ReadonlyMap<string, Prospect> = new Map(),
  /** The activity as stored: a contact with a consumer carries the rules it breaks (consent/import-flags.ts). */
  flag: (a: Activity) => Activity = (a) => a,
): ImportCounts {
  const prospects = byName(tx.prospects.all(), (p) => p.name);
  const members = byName(tx.members.all(), (m) => m.displayName);
  const campaigns = byName(tx.campaigns.all(), (c) => c.name);
  // A merged prospect's id still leads to the prospect it joined: never given again.
  let prospectN = Number(nextProspectId(tx).slice(2));
  const nextProspect = () => `P-${prospectN++}`;
  const nextCampaign = seq(tx.campaigns, 'C');
  const seen = new Set(tx.activities.all().map(fingerprint));
  const counts: ImportCounts = {
    rows: rows.length,
    imported: 0,
    duplicates: 0,
    newProspects: 0,
    newReps: 0,
    newCampaigns: 0,
  };
  const createdAt = by.now.toISOString();
  const nextActivityId = activityIdSequence(by.now);

  const seenRefs = new Map<string, Prospect>();
  const prospectOf = (ref: string): Prospect => {
    const known = seenRefs.get(ref);
    if (known) return tx.prospects.get(known.id) ?? known;
    const p = findOrCreateProspect(ref);
    seenRefs.set(ref, p);
    return p;
  };
  const findOrCreateProspect = (ref: string): Prospect => {
    const key = normalizeKey(ref);
    const found =
      tx.prospects.get(ref.trim().toUpperCase()) ??
      prospects.get(key) ??
      merge.get(nearMatchKey(ref, undefined));
    if (found) return found;
    const p = newProspect(nextProspect(), ref, { memberId: by.member.id, now: by.now });
    tx.prospects.put(p);
    prospects.set(key, p);
    counts.newProspects++;
    return p;
  };
  const repRefs = new Map<string, Member>();
  const repOf = (ref: string | undefined): Member => {
    if (ref === undefined) return by.member;
    let rep = repRefs.get(ref);
    if (!rep) {
      rep = findOrCreateRep(ref);
      repRefs.set(ref, rep);
    }
    return rep;
  };
  const findOrCreateRep = (ref: string): Member => {
    const key = normalizeKey(ref);
    const found = tx.members.get(ref) ?? members.get(key);
    if (found) return found;
    const m: Member = {
      id: `import:${key.replace(/[^a-z0-9]+/g, '-')}`,
      displayName: ref.trim(),
      role: 'rep',
      joinedAt: createdAt,
    };
    tx.members.put(m);
    members.set(key, m);
    counts.newReps++;
    return m;
  };
  const campaignOf = (ref: string): Campaign => {
    const key = normalizeKey(ref);
    const found = tx.campaigns.get(ref.trim().toUpperCase()) ?? campaigns.get(key);
    if (found) return found;
    const c: Campaign = { id: nextCampaign(), name: ref.trim(), createdAt };
    tx.campaigns.put(c);
    campaigns.set(key, c);
    counts.newCampaigns++;
    return c;
  };

  const closeFollowUps = followUpCloser(tx, by.now);
  for (const { args } of rows) {
    const prospect = prospectOf(args.prospect);
    const activity: Activity = {
      id: nextActivityId(),
      kind: args.kind,
      outcome: args.outcome,
      prospectId: prospect.id,
      repId: repOf(args.rep).id,
      date: args.date ?? by.today,
      ...(args.amount !== undefined && { amount: args.amount }),
      ...(args.margin !== undefined && { margin: args.margin }),
      ...(args.duration !== undefined && { durationMin: args.duration }),
      ...(args.travel !== undefined && { travelMin: args.travel }),
      ...(args.km !== undefined && { km: args.km }),
      ...(args.campaign !== undefined && { campaignId: campaignOf(args.campaign).id }),
      ...(args.note !== undefined && { note: args.note }),
      source: 'import',
      createdAt,
      createdBy: by.member.id,
    };
    const fp = fingerprint(activity);
    if (seen.has(fp)) {
      counts.duplicates++;
      continue;
    }
    seen.add(fp);
    tx.activities.put(flag(activity));
    closeFollowUps(activity);
    counts.imported++;
    if (activity.outcome === 'signed') {
      const p = tx.prospects.get(prospect.id) ?? prospect;
      if (p.customerSince === undefined || p.customerSince > activity.date) {
        const updated: Prospect = { ...p, status: 'customer', customerSince: activity.date };
        tx.prospects.put(updated);
        prospects.set(normalizeKey(p.name), updated);
      }
    }
  }
  return counts;
}
