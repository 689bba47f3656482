import type { CommandContext } from '../core/command.ts';
import type { Locale } from '../domain/ids.ts';
import { findPerson } from './find-person.ts';
import { identifierHashes, installationKey } from './identifier-hash.ts';
import { type Person, type PersonMatcher, personMatcher } from './person-match.ts';
import { findPersonalData, type SourceFindings } from './personal-data.ts';
import { personalDataSources } from './sources/index.ts';

/** A rights request's subject, and everything the team holds on them. */
export interface RightsSubject {
  person: Person;
  matcher: PersonMatcher;
  findings: SourceFindings[];
  /** Records found, all sources. */
  total: number;
  /** Keyed hashes of every identifier of the person (for the audit log and the do-not-contact list). */
  hashes: string[];
}

/** Finds the person `person:` names and every record of theirs, in every registered source. */
export function lookupSubject(ctx: Pick<CommandContext, 'tx' | 'dataDir'>, typed: string): RightsSubject {
  const person = findPerson(ctx.tx, typed);
  const matcher = personMatcher(person);
  const findings = findPersonalData(personalDataSources, ctx.tx, matcher);
  return {
    person,
    matcher,
    findings,
    total: findings.reduce((n, f) => n + f.records.length, 0),
    hashes: identifierHashes(installationKey(ctx.dataDir), person),
  };
}

/** The person's prospect ids, sorted, for registers and the audit log. */
export const subjectIds = (s: RightsSubject): string[] =>
  [...s.person.prospectIds].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));

/** A source's label in the reader's language. */
export const sourceLabel = (f: SourceFindings, locale: Locale): string => f.source.label[locale];

/** A button that repeats the request on the same person: by prospect id when there is one (no name in the button). */
export function personRef(s: RightsSubject, typed: string): string {
  const [first] = subjectIds(s);
  return first ?? `"${typed.replace(/"/g, '')}"`;
}
