import type { Localized } from '../core/options.ts';
import type { TeamTx, TeamView } from '../store/types.ts';
import type { PersonMatcher } from './person-match.ts';

/**
 * The registry of personal data sources: every feature that keeps something about a person
 * (prospects, activities, follow-ups, watch notes, network entries, consent records…) registers
 * one source here, so that `/gdpr export` and `/gdpr erase` (and retention) reach all of it without
 * knowing the feature.
 *
 * To add a source: write a `PersonalDataSource` beside the feature's collection (see
 * src/privacy/sources/*.ts for examples) and add it to `personalDataSources` in
 * src/privacy/sources/index.ts (one line).
 */

/** What an erasure does with one record. */
export type ErasureAction =
  /** Kept for the figures, every identifying field removed (a prospect becomes a tombstone). */
  | 'anonymise'
  /** Kept, its free text with the person's names, e-mails and phones replaced by `[…]`. */
  | 'redact'
  /** Removed. */
  | 'delete'
  /** Left as it is: it holds nothing identifying once the prospect is a tombstone (an activity without a note). */
  | 'keep';

/** One record that holds personal data of the person. */
export interface PersonalRecord {
  /** The record's id in its collection (`P-12`, `A-1042`, `F-3`, `W-7`). */
  readonly id: string;
  /** The record as stored, exported as it is (who entered what and when included). */
  readonly record: Readonly<Record<string, unknown>>;
  readonly action: ErasureAction;
}

export interface PersonalDataSource {
  /** A stable id, used as the section of the export and the kind in erasure counts: `activities`. */
  readonly kind: string;
  /** The kind in words, for the summary: `{ fr: 'Actions', en: 'Activities' }`. */
  readonly label: Localized;
  /**
   * Every record of the team that is about the person (linked to one of `person.prospectIds`) or
   * names them in its free text (`matcher.mentions`), with what erasing it does.
   */
  find(view: TeamView, matcher: PersonMatcher): PersonalRecord[];
  /**
   * Erases the records `find` returned, each as its `action` says (use `how.matcher.redact` on
   * free text). Runs in the erasing command's transaction: all sources or none.
   */
  erase(tx: TeamTx, found: readonly PersonalRecord[], how: ErasureContext): void;
}

export interface ErasureContext {
  readonly matcher: PersonMatcher;
  /** The erasure's instant (ISO), for `erasedAt` fields. */
  readonly at: string;
}

/** What `find` found in one source. */
export interface SourceFindings {
  readonly source: PersonalDataSource;
  readonly records: readonly PersonalRecord[];
}

/** Runs every source's `find`. */
export function findPersonalData(
  sources: readonly PersonalDataSource[],
  view: TeamView,
  matcher: PersonMatcher,
): SourceFindings[] {
  return sources.map((source) => ({ source, records: source.find(view, matcher) }));
}

/** Counts by kind and action (`{ activities: { redact: 3 } }`): what an erasure changes, or changed. */
export function erasureCounts(findings: readonly SourceFindings[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { source, records } of findings) {
    for (const r of records) {
      const byAction = counts[source.kind] ?? {};
      byAction[r.action] = (byAction[r.action] ?? 0) + 1;
      counts[source.kind] = byAction;
    }
  }
  return counts;
}

/** Erases everything found, source by source, in the caller's transaction. */
export function erasePersonalData(
  tx: TeamTx,
  findings: readonly SourceFindings[],
  how: ErasureContext,
): void {
  for (const { source, records } of findings) if (records.length > 0) source.erase(tx, records, how);
}
