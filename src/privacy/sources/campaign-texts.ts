import type { Campaign } from '../../domain/entities.ts';
import type { PersonalDataSource } from '../personal-data.ts';

/** A campaign's free texts, where a rep may have named a person (the offer, the conclusion, the target). */
const texts = (c: Campaign): string[] =>
  [c.name, c.offer, c.conclusion, c.target?.decisionMaker, c.target?.needs, c.target?.area].filter(
    (s): s is string => s !== undefined,
  );

const redactOptional = (s: string | undefined, redact: (t: string) => string): string | undefined =>
  s === undefined ? undefined : redact(s);

/** Campaigns whose free texts name the person: kept with their figures, the person redacted out of the texts. */
export const campaignTextsSource: PersonalDataSource = {
  kind: 'campaigns',
  label: { fr: 'Opérations (textes libres)', en: 'Campaigns (free texts)' },
  find(view, matcher) {
    return view.campaigns
      .all()
      .filter((c) => texts(c).some((s) => matcher.mentions(s)))
      .map((c) => ({ id: c.id, record: c, action: 'redact' as const }));
  },
  erase(tx, found, { matcher }) {
    const redact = (s: string) => matcher.redact(s);
    for (const { id } of found) {
      const c = tx.campaigns.get(id);
      if (!c) continue;
      const offer = redactOptional(c.offer, redact);
      const conclusion = redactOptional(c.conclusion, redact);
      const target = c.target && {
        ...c.target,
        ...(c.target.decisionMaker !== undefined && { decisionMaker: redact(c.target.decisionMaker) }),
        ...(c.target.needs !== undefined && { needs: redact(c.target.needs) }),
        ...(c.target.area !== undefined && { area: redact(c.target.area) }),
      };
      tx.campaigns.put({
        ...c,
        name: redact(c.name),
        ...(offer !== undefined && { offer }),
        ...(conclusion !== undefined && { conclusion }),
        ...(target && { target }),
      });
    }
  },
};
