import type { Locale } from '../domain/ids.ts';

/**
 * The privacy notice and the terms of use as structured text (title, sections of paragraphs), in
 * French and English, filled from the configuration: the pages the bot serves at the URLs of the
 * Teams manifest render it as HTML, and a command (`/gdpr notice`) can render it as a reply.
 * Retention periods and rights follow DOMAIN.md §6.
 */
export interface NoticeFacts {
  /** Who runs this Prospecta and decides what it is used for (the controller); unset: the installer. */
  operator: string | undefined;
  /** Where to exercise one's rights or ask a question: an e-mail address or a URL. */
  contact: string | undefined;
}

export interface NoticeText {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

const who = (f: NoticeFacts, locale: Locale): string =>
  f.operator ??
  (locale === 'fr'
    ? 'l’organisation qui a installé Prospecta pour son équipe commerciale (demandez à votre administrateur)'
    : 'the organisation that installed Prospecta for its sales team (ask your administrator)');

const reach = (f: NoticeFacts, locale: Locale): string =>
  f.contact ??
  (locale === 'fr'
    ? 'le responsable de votre équipe, ou l’administrateur qui a installé Prospecta'
    : 'your team’s manager, or the administrator who installed Prospecta');

/** The privacy notice: who processes what, why, for how long, and the rights of each person. */
export function privacyNotice(locale: Locale, f: NoticeFacts): NoticeText {
  if (locale === 'fr')
    return {
      title: 'Prospecta — politique de confidentialité',
      sections: [
        {
          heading: 'Qui traite vos données',
          paragraphs: [
            `Le responsable du traitement est ${who(f, 'fr')}. Prospecta est le logiciel qu’il fait fonctionner sur son propre serveur ; la messagerie (Microsoft Teams, Discord) transporte les messages.`,
          ],
        },
        {
          heading: 'Quelles données, pour quoi faire',
          paragraphs: [
            'Membres de l’équipe : identifiant de la messagerie, nom affiché, rôle, langue — pour savoir qui saisit quoi et qui peut gérer l’équipe.',
            'Prospects et clients : nom, société, ville, code postal, e-mail, téléphone, statut, consentements et leur preuve, qualification, coordonnées de visite, ventes importées — pour organiser la prospection et calculer l’entonnoir et les ratios.',
            'Actions de prospection, relances, notes de veille et leurs commentaires : ce que les commerciaux saisissent. Les zones de commentaire doivent rester objectives et pertinentes, sans donnée sensible (santé, opinions, origine, infractions…) : Prospecta avertit avant d’enregistrer un tel texte.',
            'Les graphiques restent au plus 24 h sous une adresse impossible à deviner ; un lien de dépôt de fichier vaut 10 minutes et ne s’ouvre qu’une fois.',
          ],
        },
        {
          heading: 'Combien de temps',
          paragraphs: [
            'Prospects : 3 ans à compter de la collecte ou du dernier contact venant du prospect (une réponse, un clic ; l’ouverture d’un e-mail n’en est pas un). Clients : la durée de la relation commerciale, plus 3 ans. Listes d’opposition (ne plus contacter) : au moins 3 ans. Ensuite, les données sont supprimées ou anonymisées.',
          ],
        },
        {
          heading: 'Vos droits',
          paragraphs: [
            'Toute personne peut demander l’accès à ses données (notes comprises), leur rectification, leur effacement, et s’opposer à la prospection — ce droit est absolu. Réponse sous un mois. Prospecta exporte tout ce qu’il détient sur une personne, l’efface partout, notes comprises, et garde la trace de l’avoir fait.',
            'Démarchage téléphonique des particuliers : seulement avec leur consentement préalable et prouvable, du lundi au vendredi de 10 h à 13 h et de 14 h à 20 h, hors jours fériés, 4 tentatives au plus par 30 jours, et plus d’appel pendant 60 jours après un refus.',
            'Vous pouvez aussi saisir la CNIL (www.cnil.fr).',
          ],
        },
        {
          heading: 'Contact',
          paragraphs: [`Pour exercer vos droits ou poser une question : ${reach(f, 'fr')}.`],
        },
      ],
    };
  return {
    title: 'Prospecta — privacy notice',
    sections: [
      {
        heading: 'Who processes your data',
        paragraphs: [
          `The controller is ${who(f, 'en')}. Prospecta is the software it runs on its own server; the messaging platform (Microsoft Teams, Discord) carries the messages.`,
        ],
      },
      {
        heading: 'What data, for what purpose',
        paragraphs: [
          'Team members: messaging id, display name, role, language — to know who logged what and who may manage the team.',
          'Prospects and customers: name, company, city, postal code, e-mail, phone, status, consents and their proof, qualification, visit coordinates, imported sales — to organise prospecting and compute the funnel and its ratios.',
          'Prospecting activities, follow-ups, watch notes and their comments: what the sales reps type. Comment fields must stay objective and relevant, with no sensitive data (health, opinions, origin, offences…): Prospecta warns before storing such text.',
          'Charts stay at most 24 h under an unguessable address; a file upload link lasts 10 minutes and opens once.',
        ],
      },
      {
        heading: 'How long',
        paragraphs: [
          'Prospects: 3 years from collection or from the prospect’s last contact (a reply, a click; opening an e-mail is not one). Customers: the commercial relationship plus 3 years. Opposition (do-not-contact) lists: at least 3 years. Then the data is deleted or anonymised.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'Anyone may ask for access to their data (notes included), its rectification, its erasure, and object to prospecting — an absolute right. Answer within one month. Prospecta exports everything it holds on a person, erases it everywhere, notes included, and logs that it did.',
          'Phone prospecting of consumers: only with their prior, provable consent, Monday to Friday 10:00–13:00 and 14:00–20:00, no public holidays, at most 4 attempts per 30 days, and no call for 60 days after a refusal.',
          'You may also complain to the CNIL (www.cnil.fr).',
        ],
      },
      { heading: 'Contact', paragraphs: [`To exercise your rights or ask a question: ${reach(f, 'en')}.`] },
    ],
  };
}

/** The terms of use of the bot for the members of a team. */
export function termsOfUse(locale: Locale, f: NoticeFacts): NoticeText {
  if (locale === 'fr')
    return {
      title: 'Prospecta — conditions d’utilisation',
      sections: [
        {
          heading: 'Le service',
          paragraphs: [
            `Prospecta aide une équipe commerciale terrain à saisir ses actions de prospection et à suivre son entonnoir et ses ratios. Il est mis à disposition par ${who(f, 'fr')}, pour ses équipes.`,
          ],
        },
        {
          heading: 'Votre usage',
          paragraphs: [
            'Saisissez des informations exactes, objectives et utiles à la prospection. N’écrivez aucune donnée sensible ni propos insultant dans les notes : la personne concernée peut les lire en exerçant son droit d’accès.',
            'Respectez les règles de démarchage : consentement préalable des particuliers pour le téléphone, l’e-mail et le SMS, plages horaires et limites d’appels, opposition toujours respectée.',
            'Les responsables d’équipe gèrent les réglages, les imports et les opérations ; chacun ne voit que les données de son équipe.',
          ],
        },
        {
          heading: 'Disponibilité',
          paragraphs: [
            'Le service est fourni en l’état, sans garantie de disponibilité ; les réponses chiffrées se fondent sur les données saisies par l’équipe.',
          ],
        },
        {
          heading: 'Données personnelles',
          paragraphs: ['Voir la politique de confidentialité (/privacy).'],
        },
        { heading: 'Contact', paragraphs: [`Questions : ${reach(f, 'fr')}.`] },
      ],
    };
  return {
    title: 'Prospecta — terms of use',
    sections: [
      {
        heading: 'The service',
        paragraphs: [
          `Prospecta helps a field sales team log its prospecting and follow its funnel and ratios. It is provided by ${who(f, 'en')}, for its teams.`,
        ],
      },
      {
        heading: 'Your use',
        paragraphs: [
          'Type accurate, objective information useful to prospecting. Write no sensitive data and nothing insulting in notes: the person concerned can read them through the right of access.',
          'Follow the prospecting rules: prior consent of consumers for phone, e-mail and SMS, calling hours and limits, opposition always respected.',
          'Team managers handle settings, imports and operations; each member sees their own team’s data only.',
        ],
      },
      {
        heading: 'Availability',
        paragraphs: [
          'The service is provided as is, with no availability guarantee; figures are based on what the team logged.',
        ],
      },
      { heading: 'Personal data', paragraphs: ['See the privacy notice (/privacy).'] },
      { heading: 'Contact', paragraphs: [`Questions: ${reach(f, 'en')}.`] },
    ],
  };
}

/** What the bot is, for the page behind the manifest's `websiteUrl`. */
export function aboutText(locale: Locale, f: NoticeFacts): NoticeText {
  if (locale === 'fr')
    return {
      title: 'Prospecta',
      sections: [
        {
          heading: 'L’assistant des équipes commerciales terrain',
          paragraphs: [
            'Saisissez au fil de l’eau appels, visites, RDV, devis et signatures (commandes ou formulaires), importez vos fichiers, et obtenez l’entonnoir de prospection et tous ses ratios avec leur fraction et un graphique, pour l’équipe ou un commercial. En français et en anglais, dans Microsoft Teams et Discord.',
            'Pour commencer, tapez /aide dans une conversation avec le bot.',
            `Mis à disposition par ${who(f, 'fr')}. Contact : ${reach(f, 'fr')}.`,
          ],
        },
      ],
    };
  return {
    title: 'Prospecta',
    sections: [
      {
        heading: 'The field sales team’s assistant',
        paragraphs: [
          'Log calls, visits, appointments, proposals and signatures as they happen (typed commands or forms), import your spreadsheets, and get the prospecting funnel and every ratio with its fraction and a chart, for the team or one rep. In French and English, in Microsoft Teams and Discord.',
          'To start, type /help in a conversation with the bot.',
          `Provided by ${who(f, 'en')}. Contact: ${reach(f, 'en')}.`,
        ],
      },
    ],
  };
}
