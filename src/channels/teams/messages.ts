/** Strings of the card channels (Teams, local web chat) and of `/channel`: French first. */
export const fr = {
  'card.submit': 'Valider',
  'card.open_form': 'Remplir',
  'card.required': 'Obligatoire : {field}.',
  'card.help_forms': 'Ouvrir un formulaire :',
  'card.period_placeholder': 'cette-semaine, mois-dernier, novembre, T4, S48, 2026-11-16..2026-11-22',
  'card.chart_missing': 'Graphique indisponible : {alt}',
  'card.more': 'Suite',
  'card.page_rows': 'Lignes {from} à {to} sur {total}.',
  'card.shortened': '… (réponse raccourcie pour tenir dans un message Teams)',
  'card.yes': 'oui',
  'card.no': 'non',
  'channel.set_title': 'Canal des publications enregistré',
  'channel.set_done':
    'Les publications partagées de l’équipe (veille, synthèses) seront postées dans cette conversation.',
  'channel.show_none': 'Aucun canal de publication n’est défini : tapez /canal définir dans le canal voulu.',
  'channel.show_title': 'Canal des publications',
  'channel.show_where': 'Publications postées dans la conversation {id} ({channel}), définie le {date}.',
  'errors.channel_not_here':
    'Cette messagerie ne permet pas de publier sans être sollicitée : tapez /canal définir dans Teams.',
  'upload.card_title': 'Déposez le fichier',
  'upload.card_text':
    'Teams ne transmet pas les fichiers joints au bot : le bouton ci-dessous ouvre une page où déposer le CSV. Elle ne s’ouvre que pour vous, qui avez tapé la commande, et dans cette conversation ; valable 10 minutes. La réponse sera aussi postée ici.',
  'upload.card_button': 'Déposer le fichier',
  'upload.page_title': 'Prospecta — déposer un fichier',
  'upload.page_intro': 'Équipe « {team} », commande {command}. Choisissez le fichier CSV puis envoyez.',
  'upload.choose': 'Fichier CSV',
  'upload.send': 'Envoyer',
  'upload.no_file': 'Aucun fichier reçu : choisissez un fichier CSV puis envoyez.',
  'upload.posted': 'Cette réponse a aussi été postée dans la conversation Teams.',
  'upload.retry':
    'Corrigez le fichier et renvoyez-le avec ce formulaire (le lien reste valable pour {left, plural, one {# essai} other {# essais}}).',
  'upload.too_many_tries':
    'Trop d’essais : ce lien de dépôt ne sert plus. Retapez la commande dans Teams pour en obtenir un autre.',
  'upload.expired':
    'Ce lien de dépôt a expiré ou a déjà servi : retapez la commande dans Teams pour en obtenir un autre.',
  'upload.not_yours':
    'Ce dépôt est réservé à {name}, qui a tapé la commande : pour importer vous-même, tapez la commande.',
  'upload.other_conversation':
    'Ce bouton ne sert que dans la conversation où la commande a été tapée : retapez-la ici pour déposer un fichier.',
  'upload.already_opened':
    'Cette page de dépôt a déjà été ouverte : rouvrez-la avec le bouton « Déposer le fichier » dans la conversation Teams.',
  'webchat.title': 'Prospecta — chat de test local',
  'webchat.notice':
    'Chat de test local : sans connexion ni mot de passe, joignable depuis cet ordinateur seulement. Vous êtes « {user} », administrateur de l’équipe « {team} » ; les données vont dans {dataDir}.',
  'webchat.hint':
    'Tapez /aide pour les commandes, /entonnoir pour l’entonnoir de la semaine. Pour importer un CSV : joignez-le avec le trombone, tapez /importer ventes (ou prospects, actions) et envoyez.',
  'webchat.team': 'Équipe',
  'webchat.user': 'Utilisateur',
  'webchat.open': 'Ouvrir',
  'webchat.demo': 'Équipe démo',
  'webchat.demo_hint': 'pas encore de données ? lancez « npx prospecta demo »',
  'webchat.download_failed':
    'Le fichier n’a pas pu être téléchargé (gardé 1 h après son envoi) : rechargez la page puis réessayez.',
  'webchat.bad_param':
    'Paramètre « {name} » invalide : lettres, chiffres, « - », « _ » ou « . », 40 caractères au plus.',
  'webchat.file_too_large':
    '« {name} » ({size} Mo) dépasse les {limit} Mo que le chat local accepte : rien n’a été envoyé. Importez-le depuis un terminal ouvert dans le dossier de Prospecta : `npx prospecta run --team {team} "{command} fichier:DOSSIER/{name}"` (DOSSIER : le dossier du fichier ; 200 Mo au plus).',
  'webchat.import_default': '/importer ventes',
  'files.consent_description':
    'Le fichier de votre commande ({size}) : autorisez-le pour l’enregistrer dans votre OneDrive et l’ouvrir ici.',
  'files.sent_privately':
    'Fichier envoyé dans votre conversation privée avec Prospecta ({names}) : acceptez-le là-bas pour le recevoir.',
  'files.ask_personal':
    'Teams ne permet d’envoyer des fichiers que dans une conversation privée ({names}) : ouvrez une conversation avec Prospecta (Conversation → Prospecta), écrivez-lui une fois, puis relancez la commande ici ou là-bas.',
  'files.declined':
    'Fichier {name} non envoyé, comme vous l’avez choisi. Relancez la commande pour le recevoir.',
  'files.expired':
    'Ce fichier n’est plus disponible (un fichier proposé attend 30 minutes et ne s’envoie qu’une fois) : relancez la commande.',
  'files.not_yours':
    'Ce fichier a été préparé pour quelqu’un d’autre : lancez la commande vous-même pour recevoir le vôtre.',
  'files.upload_failed':
    'L’envoi de {name} vers votre OneDrive a échoué : relancez la commande pour réessayer.',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'card.submit': 'Submit',
  'card.open_form': 'Fill in',
  'card.required': 'Required: {field}.',
  'card.help_forms': 'Open a form:',
  'card.period_placeholder': 'this-week, last-month, november, Q4, W48, 2026-11-16..2026-11-22',
  'card.chart_missing': 'Chart unavailable: {alt}',
  'card.more': 'More',
  'card.page_rows': 'Rows {from}–{to} of {total}.',
  'card.shortened': '… (answer shortened to fit in one Teams message)',
  'card.yes': 'yes',
  'card.no': 'no',
  'channel.set_title': 'Posts channel saved',
  'channel.set_done': 'The team’s shared posts (watch notes, digests) will be posted in this conversation.',
  'channel.show_none': 'No posts channel is set: type /channel set in the channel you want.',
  'channel.show_title': 'Posts channel',
  'channel.show_where': 'Posts go to conversation {id} ({channel}), set on {date}.',
  'errors.channel_not_here': 'This chat cannot post without being asked: type /channel set in Teams.',
  'upload.card_title': 'Drop the file',
  'upload.card_text':
    'Teams does not pass attached files to the bot: the button below opens a page to drop the CSV on. It opens only for you, who typed the command, and in this conversation; valid 10 minutes. The answer will be posted here too.',
  'upload.card_button': 'Drop the file',
  'upload.page_title': 'Prospecta — drop a file',
  'upload.page_intro': 'Team “{team}”, command {command}. Choose the CSV file, then send.',
  'upload.choose': 'CSV file',
  'upload.send': 'Send',
  'upload.no_file': 'No file received: choose a CSV file, then send.',
  'upload.posted': 'This answer was also posted in the Teams conversation.',
  'upload.retry':
    'Fix the file and send it again with this form (the link is still valid for {left, plural, one {# try} other {# tries}}).',
  'upload.too_many_tries':
    'Too many tries: this upload link no longer works. Type the command again in Teams to get another.',
  'upload.expired':
    'This upload link has expired or was used already: type the command again in Teams for a new one.',
  'upload.not_yours':
    'This upload is reserved for {name}, who typed the command: to import yourself, type the command.',
  'upload.other_conversation':
    'This button works only in the conversation where the command was typed: type it again here to drop a file.',
  'upload.already_opened':
    'This upload page was opened already: open it again with the “Drop the file” button in the Teams conversation.',
  'webchat.title': 'Prospecta — local test chat',
  'webchat.notice':
    'Local test chat: no sign-in, reachable from this computer only. You are “{user}”, an admin of team “{team}”; data goes to {dataDir}.',
  'webchat.hint':
    'Type /help for the commands, /funnel for this week’s funnel. To import a CSV: attach it with the paperclip, type /import sales (or prospects, activities) and send.',
  'webchat.team': 'Team',
  'webchat.user': 'User',
  'webchat.open': 'Open',
  'webchat.demo': 'Demo team',
  'webchat.demo_hint': 'no data yet? run “npx prospecta demo”',
  'webchat.download_failed':
    'The file could not be downloaded (kept 1 h after it was sent): reload the page and try again.',
  'webchat.bad_param': 'Invalid “{name}” parameter: letters, digits, “-”, “_” or “.”, at most 40 characters.',
  'webchat.file_too_large':
    '“{name}” ({size} MB) is over the {limit} MB the local chat accepts: nothing was sent. Import it from a terminal opened in Prospecta’s folder: `npx prospecta run --team {team} "{command} file:FOLDER/{name}"` (FOLDER: the file’s folder; 200 MB at most).',
  'webchat.import_default': '/import sales',
  'files.consent_description':
    'The file of your command ({size}): allow it to save it to your OneDrive and open it here.',
  'files.sent_privately':
    'File sent in your private chat with Prospecta ({names}): accept it there to receive it.',
  'files.ask_personal':
    'Teams lets bots send files in a private chat only ({names}): open a chat with Prospecta (Chat → Prospecta), write to it once, then run the command again here or there.',
  'files.declined': 'File {name} not sent, as you chose. Run the command again to receive it.',
  'files.expired':
    'This file is no longer available (an offered file waits 30 minutes and is sent once): run the command again.',
  'files.not_yours': 'This file was prepared for someone else: run the command yourself to receive yours.',
  'files.upload_failed': 'Uploading {name} to your OneDrive failed: run the command again to retry.',
};
