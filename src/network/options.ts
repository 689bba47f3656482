import { opt } from '../core/options.ts';
import { NETWORK_MEANS, NETWORK_TYPES } from './entities.ts';

export const TYPE_LABELS = {
  fr: { personal: 'personnel', vertical: 'vertical', horizontal: 'horizontal', transversal: 'transversal' },
  en: { personal: 'personal', vertical: 'vertical', horizontal: 'horizontal', transversal: 'transversal' },
} as const;

export const MEANS_LABELS = {
  fr: {
    linkedin: 'LinkedIn',
    social_media: 'autres réseaux sociaux',
    business_club: 'club d’affaires',
    trade_show: 'salon',
    alumni: 'anciens élèves',
    association: 'association',
    referral: 'recommandation',
    work: 'relation de travail',
    family_friends: 'famille et amis',
    other: 'autre',
  },
  en: {
    linkedin: 'LinkedIn',
    social_media: 'other social media',
    business_club: 'business club',
    trade_show: 'trade show',
    alumni: 'alumni',
    association: 'association',
    referral: 'referral',
    work: 'work relationship',
    family_friends: 'family and friends',
    other: 'other',
  },
} as const;

/** The contact fields that `/network add` and `/network edit` share. */
export const contactFields = {
  organisation: opt.text({
    aliases: ['organization', 'entreprise', 'societe', 'company'],
    maxLength: 120,
    description: {
      fr: 'Son organisation (entreprise, CCI, banque…)',
      en: 'Their organisation (company, bank…)',
    },
  }),
  strength: opt.integer({
    frName: 'force',
    aliases: ['lien'],
    min: 1,
    max: 3,
    description: {
      fr: 'Force du lien : 1 faible, 2 moyen, 3 fort',
      en: 'Strength of the link: 1 weak, 2 medium, 3 strong',
    },
  }),
  means: opt.choice(NETWORK_MEANS, {
    frName: 'moyen',
    aliases: ['canal', 'via'],
    description: {
      fr: 'Moyen : LinkedIn, club d’affaires, salon, anciens élèves…',
      en: 'Means: LinkedIn, business club, trade show, alumni…',
    },
    choiceLabels: MEANS_LABELS,
    choiceAliases: {
      social_media: ['reseaux sociaux', 'reseaux', 'facebook', 'instagram', 'x'],
      business_club: ['club', 'club d affaires', 'bni', 'rotary'],
      trade_show: ['salon', 'foire', 'salon professionnel'],
      alumni: ['anciens eleves', 'ecole', 'promo'],
      referral: ['recommandation', 'parrainage', 'bouche a oreille'],
      work: ['travail', 'relation de travail', 'client', 'fournisseur'],
      family_friends: ['famille', 'amis', 'famille et amis'],
      other: ['autre'],
    },
  }),
  how_met: opt.text({
    frName: 'rencontre',
    aliases: ['comment', 'rencontre_a'],
    maxLength: 300,
    description: { fr: 'Comment vous l’avez rencontré', en: 'How you met' },
  }),
  purpose: opt.text({
    frName: 'objet',
    aliases: ['but', 'pourquoi', 'utilite'],
    maxLength: 300,
    description: {
      fr: 'À quoi sert ce lien (recommandations, informations…)',
      en: 'What the link is for (referrals, information…)',
    },
  }),
  last_exchange: opt.date({
    frName: 'dernier_échange',
    aliases: ['dernier_echange', 'dernier_contact', 'last_contact'],
    noFuture: true,
    description: { fr: 'Date du dernier échange', en: 'Date of the last exchange' },
  }),
  prospect: opt.text({
    autocomplete: 'prospect',
    maxLength: 120,
    description: { fr: 'Prospect lié (nom ou id P-12)', en: 'Linked prospect (name or id P-12)' },
  }),
};

export const typeOption = <R extends boolean>(required: R) =>
  opt.choice(NETWORK_TYPES, {
    required,
    description: {
      fr: 'Type : personnel, vertical (filière), horizontal (pairs), transversal (autres secteurs)',
      en: 'Type: personal, vertical (value chain), horizontal (peers), transversal (other sectors)',
    },
    choiceLabels: TYPE_LABELS,
    choiceAliases: {
      personal: ['personnel', 'perso', 'prive'],
      vertical: ['vertical', 'filiere'],
      horizontal: ['horizontal', 'pairs', 'confreres'],
      transversal: ['transversal', 'institutionnel'],
    },
  });

export const scopeOption = () =>
  opt.choice(['mine', 'team'] as const, {
    frName: 'portée',
    aliases: ['portee', 'qui'],
    description: {
      fr: 'Mon réseau (par défaut) ou celui de toute l’équipe',
      en: 'My network (default) or the whole team’s',
    },
    choiceLabels: { fr: { mine: 'moi', team: 'équipe' }, en: { mine: 'mine', team: 'team' } },
    choiceAliases: { mine: ['moi', 'mon', 'me'], team: ['equipe', 'tous', 'all'] },
  });
