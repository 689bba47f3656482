import type { Translator } from '../i18n/index.ts';
import type { WatchNote } from './entities.ts';

/**
 * The two-letter grade of the NATO / Admiralty scale, explained in words:
 * "B2 : source généralement fiable, information probablement vraie".
 */
export function explainRating(t: Translator, note: Pick<WatchNote, 'reliability' | 'credibility'>): string {
  const r = note.reliability ?? 'F';
  const c = (note.credibility ?? 6) as 1 | 2 | 3 | 4 | 5 | 6;
  return t('watch.rating_line', {
    code: `${r}${c}`,
    source: t(`watch.reliability.${r}`),
    info: t(`watch.credibility.${c}`),
  });
}
