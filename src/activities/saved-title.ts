import type { ActivityKind } from '../domain/ids.ts';
import type { Translator } from '../i18n/index.ts';

/** The grammatical gender of each kind's French name: « Visite enregistrée », « Appel enregistré ». */
const FRENCH_GENDER: Record<ActivityKind, 'feminine' | 'masculine'> = {
  call: 'masculine',
  email: 'masculine',
  sms: 'masculine',
  letter: 'masculine',
  social: 'masculine',
  door: 'masculine',
  event: 'masculine',
  visit: 'feminine',
  meeting: 'masculine',
};

const capitalized = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The title of a saved activity, agreeing with its kind: « Visite enregistrée », "Call logged". */
export const savedTitle = (t: Translator, kind: ActivityKind): string =>
  t('log.saved', { kind: capitalized(t(`kind.${kind}`)), gender: FRENCH_GENDER[kind] });
