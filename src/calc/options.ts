import { z } from 'zod';
import { describeOptions, displayName, opt } from '../core/options.ts';
import type { Locale } from '../domain/ids.ts';

// Builders, so that each subcommand has its own option objects (the registry keeps one meta per schema).
const cost = <R extends boolean>(required: R) =>
  opt.money({
    required,
    frName: 'coût',
    aliases: ['cout', 'pa', 'prix_achat', 'prix_d_achat', 'coût_d_achat'],
    description: { fr: 'Coût d’achat (ou de revient) unitaire HT : PA', en: 'Unit cost excl. tax' },
  });
const price = <R extends boolean>(required: R) =>
  opt.money({
    required,
    frName: 'prix',
    aliases: ['pv', 'prix_vente', 'prix_de_vente'],
    description: { fr: 'Prix de vente unitaire HT : PV', en: 'Unit selling price excl. tax' },
  });
const vat = () =>
  opt.rate({
    frName: 'tva',
    min: 0,
    max: 1,
    description: {
      fr: 'Taux de TVA (20 % par défaut ; 10, 5,5, 2,1 %)',
      en: 'VAT rate (20% by default; 10, 5.5, 2.1%)',
    },
  });
const marginRate = () =>
  opt.rate({
    frName: 'taux_de_marge',
    aliases: ['taux_marge', 'marge_pct'],
    description: {
      fr: 'Taux de marge : marge / PA (60 %, 60 ou 0,6)',
      en: 'Margin rate: margin / cost (60%, 60 or 0.6)',
    },
  });
const markupRate = () =>
  opt.rate({
    frName: 'taux_de_marque',
    aliases: ['taux_marque', 'markup', 'marque'],
    description: {
      fr: 'Taux de marque : marge / PV (37,5 %, 37,5 ou 0,375)',
      en: 'Markup rate: margin / price (37.5%, 37.5 or 0.375)',
    },
  });
const multiplier = () =>
  opt.number({
    frName: 'coefficient',
    aliases: ['coef', 'coeff', 'coefficient_multiplicateur'],
    min: 0,
    max: 1000,
    description: {
      fr: 'Coefficient multiplicateur : PV HT / PA HT (1,6)',
      en: 'Multiplier: price / cost, both excl. tax (1.6)',
    },
  });

export const marginOptions = z.object({
  cost: cost(true),
  price: price(true),
  quantity: opt.number({
    frName: 'quantité',
    aliases: ['quantite', 'qte', 'qty'],
    min: 0,
    description: { fr: 'Quantité vendue (1 par défaut)', en: 'Quantity sold (1 by default)' },
  }),
  vat: vat(),
});

export const priceOptions = z.object({
  cost: cost(true),
  margin_rate: marginRate(),
  markup_rate: markupRate(),
  multiplier: multiplier(),
  vat: vat(),
});

export const costOptions = z.object({
  price: price(true),
  margin_rate: marginRate(),
  markup_rate: markupRate(),
  multiplier: multiplier(),
});

export const breakevenOptions = z.object({
  fixed_costs: opt.money({
    required: true,
    frName: 'charges_fixes',
    aliases: ['cf', 'couts_fixes', 'coûts_fixes'],
    description: { fr: 'Charges fixes de l’année', en: 'Fixed costs of the year' },
  }),
  revenue: opt.money({
    required: true,
    frName: 'ca',
    aliases: ['chiffre_affaires', 'chiffre_d_affaires'],
    description: { fr: 'Chiffre d’affaires HT de l’année', en: 'Revenue of the year, excl. tax' },
  }),
  variable_costs: opt.money({
    frName: 'charges_variables',
    aliases: ['cv', 'couts_variables', 'coûts_variables'],
    description: {
      fr: 'Charges variables (ou une MCV, ou son taux)',
      en: 'Variable costs (or a contribution, or its rate)',
    },
  }),
  contribution: opt.number({
    frName: 'mcv',
    aliases: ['marge_sur_coût_variable', 'marge_sur_cout_variable'],
    description: { fr: 'Marge sur coût variable (MCV)', en: 'Contribution margin' },
  }),
  contribution_rate: opt.rate({
    frName: 'taux_de_mcv',
    aliases: ['taux_mcv', 'taux_de_marge_sur_coût_variable'],
    description: { fr: 'Taux de marge sur coût variable (40 %)', en: 'Contribution rate (40%)' },
  }),
  days: opt.choice(['365', '360'], {
    frName: 'jours',
    aliases: ['annee', 'année', 'year'],
    description: {
      fr: 'Jours de l’année : 365 (civile, par défaut) ou 360 (commerciale)',
      en: 'Days in the year: 365 (calendar, default) or 360 (commercial)',
    },
    choiceLabels: {
      fr: { '365': '365', '360': '360' },
      en: { '365': '365', '360': '360' },
    },
    choiceAliases: { '365': ['civile', 'calendar'], '360': ['commerciale', 'commercial'] },
  }),
  start: opt.date({
    frName: 'début',
    aliases: ['debut', 'depuis', 'exercice'],
    description: {
      fr: 'Début de l’exercice (1er janvier par défaut)',
      en: 'Start of the financial year (1 January by default)',
    },
  }),
});

export const growthOptions = z.object({
  start: opt.number({
    required: true,
    frName: 'début',
    aliases: ['debut', 'depart', 'départ', 'v_debut', 'from'],
    description: {
      fr: 'Valeur de départ (CA de la première année…)',
      en: 'Start value (first year’s revenue…)',
    },
  }),
  end: opt.number({
    frName: 'fin',
    aliases: ['arrivee', 'arrivée', 'v_fin', 'to'],
    description: { fr: 'Valeur d’arrivée (avec années)', en: 'End value (with years)' },
  }),
  years: opt.integer({
    frName: 'années',
    aliases: ['annees', 'ans', 'n'],
    min: 0,
    max: 200,
    description: { fr: 'Nombre d’années d’écart n (avec fin)', en: 'Number of yearly steps n (with end)' },
  }),
  rates: opt.text({
    frName: 'taux',
    maxLength: 400,
    description: {
      fr: 'Ou les taux de chaque année : « 3 % ; -2 % ; 5 % »',
      en: 'Or each year’s rate: “3%; -2%; 5%”',
    },
  }),
});

export const clvOptions = z.object({
  basket: opt.money({
    required: true,
    frName: 'panier',
    aliases: ['panier_moyen', 'average_basket'],
    description: { fr: 'Panier moyen HT', en: 'Average basket excl. tax' },
  }),
  frequency: opt.number({
    required: true,
    frName: 'fréquence',
    aliases: ['frequence', 'achats_par_an'],
    min: 0,
    description: { fr: 'Achats par an', en: 'Purchases per year' },
  }),
  years: opt.number({
    required: true,
    frName: 'durée',
    aliases: ['duree', 'années', 'annees', 'ans'],
    min: 0,
    max: 100,
    description: { fr: 'Durée de la relation en années', en: 'Years of relationship' },
  }),
  markup_rate: markupRate(),
  cac: opt.money({
    description: { fr: 'Coût d’acquisition client (CAC)', en: 'Customer acquisition cost (CAC)' },
  }),
});

export const roiOptions = z.object({
  cost: opt.money({
    required: true,
    frName: 'coût',
    aliases: ['cout', 'investissement'],
    description: { fr: 'Coût de l’action (l’investissement)', en: 'Cost of the action (the investment)' },
  }),
  revenue: opt.money({
    required: true,
    frName: 'ca',
    aliases: ['chiffre_affaires'],
    description: { fr: 'CA HT généré', en: 'Revenue generated, excl. tax' },
  }),
  margin: opt.number({
    frName: 'marge',
    description: {
      fr: 'Marge générée (base de l’analyse BTS)',
      en: 'Margin generated (the BTS analysis base)',
    },
  }),
});

/** An option's name as this user types it (`taux_de_marge` in French), for messages naming it. */
export function optionName(schema: z.ZodObject, name: string, locale: Locale): string {
  const o = describeOptions(schema).find((x) => x.name === name);
  return o ? displayName(o, locale) : name;
}
