import type { MessageKey, Params, Translator } from '../i18n/index.ts';

/**
 * Chat hints that mean nothing on paper (`--json`, a Suite button, `from:`, options to type): the
 * print wording each command's message takes in the dossier. The commands keep their own keys;
 * the dossier runs them with a translator that swaps these few.
 */
const PRINT_WORDING: Partial<Record<MessageKey, MessageKey>> = {
  'portfolio.abc_more': 'report.print.abc_more',
  'customer.more_orders': 'report.print.more_orders',
  'prospect.list_more': 'report.print.first_of',
  'list.list_more': 'report.print.first_of',
  'ops.time_defaults': 'report.print.time_defaults',
  'ops.route_empty': 'report.print.route_empty',
  'ops.route_approx': 'report.print.route_approx',
  'ops.route_unlocated': 'report.print.route_unlocated',
};

/** The user's translator with the chat hints above given their print wording. */
export function printTranslator(t: Translator): Translator {
  const print = (key: MessageKey, params?: Params): string => t(PRINT_WORDING[key] ?? key, params);
  return Object.assign(print, { locale: t.locale });
}

/** The chat-only keys (for the tests that check a dossier carries none of their wording). */
export const CHAT_ONLY_KEYS = Object.keys(PRINT_WORDING) as MessageKey[];
