import { opt } from '../core/options.ts';
import type { Prospect } from '../domain/entities.ts';
import { PRIORITIES } from '../domain/operation-ids.ts';
import { PRIORITY_LABELS } from '../domain/operation-labels.ts';

/** The `/prospect list` options that filter and sort by qualification. */
export const listOptions = {
  priority: opt.choice(PRIORITIES, {
    frName: 'priorité',
    aliases: ['priorite'],
    description: { fr: 'Priorité : chaud, tiède, froid', en: 'Priority: hot, warm, cold' },
    choiceLabels: PRIORITY_LABELS,
    choiceAliases: { hot: ['chaud', 'chauds'], warm: ['tiede', 'tiedes'], cold: ['froid', 'froids'] },
  }),
  sort: opt.choice(['recent', 'score'], {
    frName: 'tri',
    aliases: ['trier', 'ordre'],
    description: {
      fr: 'Tri : contact récent (défaut) ou score',
      en: 'Sort: latest contact (default) or score',
    },
    choiceLabels: {
      fr: { recent: 'contact récent', score: 'score' },
      en: { recent: 'latest contact', score: 'score' },
    },
    choiceAliases: { recent: ['recent', 'date'], score: ['qualification', 'priorite'] },
  }),
};

/** Highest score first; unqualified prospects last. */
export function sortByScore(a: Prospect, b: Prospect): number {
  return (b.qualification?.score ?? -1) - (a.qualification?.score ?? -1);
}
