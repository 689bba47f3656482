import { en as activitiesEn, fr as activitiesFr } from '../activities/messages.ts';
import { en as calcEn, fr as calcFr } from '../calc/messages.ts';
import { en as campaignsEn, fr as campaignsFr } from '../campaigns/messages.ts';
import { en as discordEn, fr as discordFr } from '../channels/discord/messages.ts';
import { en as formsEn, fr as formsFr } from '../channels/forms/messages.ts';
import { en as cardsEn, fr as cardsFr } from '../channels/teams/messages.ts';
import { en as chatEn, fr as chatFr } from '../cli/messages.ts';
import { en as storeCliEn, fr as storeCliFr } from '../cli/store/messages.ts';
import { en as companyEn, fr as companyFr } from '../company/messages.ts';
import { en as consentEn, fr as consentFr } from '../consent/messages.ts';
import { en as pagingEn, fr as pagingFr } from '../core/paging-messages.ts';
import { en as membersEn, fr as membersFr } from '../domain/messages.ts';
import { en as exportsEn, fr as exportsFr } from '../exports/messages.ts';
import { en as followUpsEn, fr as followUpsFr } from '../follow-ups/messages.ts';
import { en as funnelEn, fr as funnelFr } from '../funnel/messages.ts';
import { en as guardEn, fr as guardFr } from '../guard/messages.ts';
import { en as helpEn, fr as helpFr } from '../help/messages.ts';
import { en as intentEn, fr as intentFr } from '../intent/messages.ts';
import { en as methodsEn, fr as methodsFr } from '../methods/messages.ts';
import { en as networkEn, fr as networkFr } from '../network/messages.ts';
import { en as onceEn, fr as onceFr } from '../once/messages.ts';
import { en as planningEn, fr as planningFr } from '../planning/messages.ts';
import { en as portfolioEn, fr as portfolioFr } from '../portfolio/messages.ts';
import { en as privacyEn, fr as privacyFr } from '../privacy/messages.ts';
import { en as prospectsEn, fr as prospectsFr } from '../prospects/messages.ts';
import { en as qualificationEn, fr as qualificationFr } from '../qualification/messages.ts';
import { en as reportEn, fr as reportFr } from '../report/messages.ts';
import { en as watchEn, fr as watchFr } from '../watch/messages.ts';
import { en as coreEn } from './en.ts';
import { fr as coreFr } from './fr.ts';

/**
 * All messages: the core's, then each feature's (a feature keeps its strings beside its code, in
 * a `messages.ts` exporting `fr` and an `en` typed `Record<keyof typeof fr, string>`, added here).
 */
export const fr = {
  ...coreFr,
  ...pagingFr,
  ...discordFr,
  ...cardsFr,
  ...formsFr,
  ...portfolioFr,
  ...campaignsFr,
  ...planningFr,
  ...qualificationFr,
  ...methodsFr,
  ...watchFr,
  ...onceFr,
  ...membersFr,
  ...prospectsFr,
  ...followUpsFr,
  ...intentFr,
  ...activitiesFr,
  ...funnelFr,
  ...chatFr,
  ...storeCliFr,
  ...helpFr,
  ...consentFr,
  ...companyFr,
  ...calcFr,
  ...networkFr,
  ...privacyFr,
  ...exportsFr,
  ...reportFr,
  ...guardFr,
};
export const en: Record<keyof typeof fr, string> = {
  ...coreEn,
  ...pagingEn,
  ...discordEn,
  ...cardsEn,
  ...formsEn,
  ...portfolioEn,
  ...campaignsEn,
  ...planningEn,
  ...qualificationEn,
  ...methodsEn,
  ...watchEn,
  ...onceEn,
  ...membersEn,
  ...prospectsEn,
  ...followUpsEn,
  ...intentEn,
  ...activitiesEn,
  ...funnelEn,
  ...chatEn,
  ...storeCliEn,
  ...helpEn,
  ...consentEn,
  ...companyEn,
  ...calcEn,
  ...networkEn,
  ...privacyEn,
  ...exportsEn,
  ...reportEn,
  ...guardEn,
};
