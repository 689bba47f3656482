import { en as coreEn } from './en.ts';
import { fr as coreFr } from './fr.ts';

/**
 * All messages: the core's, then each feature's (a feature keeps its strings beside its code, in
 * a `messages.ts` exporting `fr` and an `en` typed `Record<keyof typeof fr, string>`, added here).
 */
export const fr = { ...coreFr };
export const en: Record<keyof typeof fr, string> = { ...coreEn };
