import { mergedProspectsCollection } from '../activities/tombstones.ts';
import { UserError } from '../core/errors.ts';
import type { Prospect } from '../domain/entities.ts';
import { resolveProspectRef } from '../prospects/merged.ts';
import type { TeamView } from '../store/types.ts';
import { classifyIdentifier, type Person, samePerson } from './person-match.ts';

const identifiersOf = (p: Prospect) => ({
  names: [p.name],
  emails: p.email ? [p.email] : [],
  phones: p.phone ? [p.phone] : [],
});

/** A person from what was typed alone: one name, e-mail or phone. */
export function typedPerson(typed: string): Person {
  const s = typed.trim();
  const kind = classifyIdentifier(s);
  return {
    prospectIds: new Set(),
    names: kind === 'name' ? [s] : [],
    emails: kind === 'email' ? [s] : [],
    phones: kind === 'phone' ? [s] : [],
  };
}

/**
 * The person `person:` names: a prospect id (`P-12`, a merged id leads to its prospect), or a name,
 * e-mail or phone matched against every prospect (accent- and case-insensitive). Every prospect that
 * matches is the person, and all their names, e-mails and phones are searched for. An identifier no
 * prospect has is still a person (a request may come from someone the team only mentions).
 */
export function findPerson(view: TeamView, typed: string, option = 'person'): Person {
  const ref = typed.trim();
  const live = view.prospects.all().filter((p) => !p.erasedAt);
  let seeds: Prospect[];
  let base: Person;
  if (/^P-\d+$/i.test(ref)) {
    const p = view.prospects.get(resolveProspectRef(view, ref));
    if (!p || p.erasedAt) throw new UserError('gdpr_person_not_found', { value: ref }, option);
    seeds = [p];
    base = { prospectIds: new Set(), names: [], emails: [], phones: [] };
  } else {
    base = typedPerson(ref);
    seeds = live.filter((p) => samePerson(base, p));
  }
  // One widening round: the prospects found bring their other identifiers (the e-mail of a name).
  const widened = merge(base, ...seeds.map(identifiersOf));
  const prospects = new Set([...seeds, ...live.filter((p) => samePerson(widened, p))].map((p) => p.id));
  const merged = view
    .collection(mergedProspectsCollection)
    .all()
    .filter((m) => !m.prospect.erasedAt && (prospects.has(m.mergedInto) || samePerson(widened, m.prospect)));
  for (const m of merged) prospects.add(m.id);
  const all = [...live.filter((p) => prospects.has(p.id)), ...merged.map((m) => m.prospect)];
  return { ...merge(widened, ...all.map(identifiersOf)), prospectIds: prospects };
}

function merge(base: Person, ...more: { names: string[]; emails: string[]; phones: string[] }[]): Person {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    prospectIds: base.prospectIds,
    names: uniq([...base.names, ...more.flatMap((m) => m.names)]),
    emails: uniq([...base.emails, ...more.flatMap((m) => m.emails)]),
    phones: uniq([...base.phones, ...more.flatMap((m) => m.phones)]),
  };
}
