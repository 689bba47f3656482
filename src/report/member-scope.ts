import type { MessageKey } from '../i18n/index.ts';

/**
 * What a member whose role may not run one of the dossier's commands gets in that part (DOMAIN §6,
 * the seed's roles): the commands below are restricted because they change settings, but their
 * read-only view (run without options, as the dossier does) is what every member already works
 * with: the qualification grid shows in every `/prospect qualify` answer, and the GDPR notice is
 * the text a rep gives the people they prospect. Their answer goes into everyone's dossier.
 */
const READ_BY_EVERYONE: ReadonlySet<string> = new Set(['/prospect grid', '/gdpr notice']);

/**
 * The others are left out of the member's dossier, listed under its contents with why; these say
 * what the reader misses in words (by default, the command's name).
 */
const LEFT_OUT_WHAT: Readonly<Record<string, MessageKey>> = {
  '/gdpr requests': 'report.omitted.gdpr_requests',
};

/** True when the dossier shows this command's read-only answer to any member of the team. */
export const readByEveryone = (typed: string): boolean => READ_BY_EVERYONE.has(typed);

/** The words naming a left-out command's content, when they are better than its name. */
export const leftOutWhat = (typed: string): MessageKey | undefined => LEFT_OUT_WHAT[typed];
