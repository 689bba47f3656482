import type { Prospect } from '../../domain/entities.ts';
import { REDACTED } from '../person-match.ts';
import type { PersonalDataSource, PersonalRecord } from '../personal-data.ts';

/**
 * The prospect as an anonymous tombstone: what the figures need (type, segment, status, dates,
 * owner, qualification) stays, so that past funnels and campaigns count the same; what identifies
 * the person (name, company, address, e-mail, phone, note, position, consent details) goes.
 */
export function prospectTombstone(p: Prospect, at: string): Prospect {
  return {
    id: p.id,
    name: REDACTED,
    type: p.type,
    ...(p.segment !== undefined && { segment: p.segment }),
    ...(p.source !== undefined && { source: p.source }),
    consent: { status: 'unknown' },
    status: p.status,
    ...(p.customerSince !== undefined && { customerSince: p.customerSince }),
    ...(p.ownerId !== undefined && { ownerId: p.ownerId }),
    ...(p.qualification !== undefined && { qualification: p.qualification }),
    createdAt: p.createdAt,
    createdBy: p.createdBy,
    erasedAt: p.erasedAt ?? at,
  };
}

/** The person's prospect records become tombstones; other prospects' notes naming them are redacted. */
export const prospectsSource: PersonalDataSource = {
  kind: 'prospects',
  label: { fr: 'Fiches prospect', en: 'Prospect records' },
  find(view, matcher) {
    const found: PersonalRecord[] = [];
    for (const p of view.prospects.all()) {
      if (p.erasedAt) continue;
      if (matcher.person.prospectIds.has(p.id)) found.push({ id: p.id, record: p, action: 'anonymise' });
      else if (matcher.mentions(p.note)) found.push({ id: p.id, record: p, action: 'redact' });
    }
    return found;
  },
  erase(tx, found, { matcher, at }) {
    for (const { id, action } of found) {
      const p = tx.prospects.get(id);
      if (!p) continue;
      if (action === 'anonymise') tx.prospects.put(prospectTombstone(p, at));
      else if (p.note !== undefined) tx.prospects.put({ ...p, note: matcher.redact(p.note) });
    }
  },
};
