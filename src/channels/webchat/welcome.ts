import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';

/** What the web chat shows when a conversation opens: a short greeting and three suggested actions. */
export interface Welcome {
  text: string;
  actions: { title: string; value: string }[];
}

export function welcome(locale: Locale): Welcome {
  const t = createTranslator(locale);
  return {
    text: t('webchat.welcome'),
    actions: [
      { title: t('webchat.suggest_help'), value: t('webchat.suggest_help_command') },
      { title: t('webchat.suggest_log'), value: t('webchat.suggest_log_command') },
      { title: t('webchat.suggest_funnel'), value: t('webchat.suggest_funnel_command') },
    ],
  };
}
