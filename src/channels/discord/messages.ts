/** The Discord channel's own strings (forms, errors only Discord can raise). */
export const fr = {
  'errors.discord_guild_only':
    'Cette commande s’utilise dans un serveur où Prospecta est installé, pas en message privé. En privé : /aide.',
  'errors.discord_form_expired': 'Ce formulaire a expiré (15 min) : relancez la commande.',
  'errors.discord_button_expired':
    'Ce bouton n’est plus valable (redémarrage ou plus d’un jour) : relancez la commande.',
  'errors.discord_form_not_yours': 'Ce formulaire a été ouvert par quelqu’un d’autre.',
  'errors.discord_attachment_missing': '{option} : le fichier joint est introuvable, joignez-le à nouveau.',
  'errors.discord_attachment_url': '{option} : l’adresse du fichier joint n’est pas valable.',
  'errors.discord_download_failed': '{option} : le téléchargement du fichier a échoué ({status}). Réessayez.',
  'discord.form_title': '/{command} : compléter',
  'discord.error_code': 'Code : {code}',
  'discord.truncated': '… (réponse raccourcie pour Discord)',
  'discord.more': 'Suite',
  'discord.page_rows': 'Lignes {from} à {to} sur {total}',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'errors.discord_guild_only':
    'Use this command in a server where Prospecta is installed, not in a direct message. In DMs: /help.',
  'errors.discord_form_expired': 'This form has expired (15 min): run the command again.',
  'errors.discord_button_expired':
    'This button is no longer valid (restart, or over a day old): run the command again.',
  'errors.discord_form_not_yours': 'Someone else opened this form.',
  'errors.discord_attachment_missing': '{option}: the attached file cannot be found, attach it again.',
  'errors.discord_attachment_url': '{option}: the attached file’s address is not valid.',
  'errors.discord_download_failed': '{option}: downloading the file failed ({status}). Try again.',
  'discord.form_title': '/{command}: complete',
  'discord.error_code': 'Code: {code}',
  'discord.truncated': '… (answer shortened for Discord)',
  'discord.more': 'More',
  'discord.page_rows': 'Rows {from}–{to} of {total}',
};
