import { breakevenReply } from '../src/calc/breakeven-reply.ts';
import { growthReply } from '../src/calc/growth-reply.ts';
import {
  breakevenOptions,
  clvOptions,
  costOptions,
  growthOptions,
  marginOptions,
  priceOptions,
  roiOptions,
} from '../src/calc/options.ts';
import { costReply, marginReply, priceReply } from '../src/calc/pricing-reply.ts';
import { clvReply, roiReply } from '../src/calc/value-reply.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';

/** The commercial calculator (DOMAIN §7): each answer shows its formula and the numbers put in. */
export default defineCommand({
  name: 'calc',
  frName: 'calcul',
  aliases: ['calculer', 'calculette', 'calculatrice'],
  dmAllowed: true,
  description: {
    fr: 'Calculs commerciaux : marge, prix, coût, seuil de rentabilité, TCAM, valeur client, ROI',
    en: 'Commercial calculations: margin, price, cost, break-even, CAGR, customer value, ROI',
  },
  subcommands: [
    defineSubcommand({
      name: 'margin',
      frName: 'marge',
      description: {
        fr: 'Marge, taux de marge et de marque, coefficient et prix TTC d’un PA et d’un PV',
        en: 'Margin, margin and markup rates, multiplier and price incl. tax from a cost and a price',
      },
      examples: ['/calcul marge coût:15 prix:24 quantité:10', '/calc margin cost:80 price:100 vat:5.5%'],
      options: marginOptions,
      handler: (args, ctx) => marginReply(args, ctx),
    }),
    defineSubcommand({
      name: 'price',
      frName: 'prix',
      description: {
        fr: 'Prix de vente HT et TTC d’un PA et d’un taux de marge, de marque ou d’un coefficient',
        en: 'Selling price excl. and incl. tax from a cost and a margin rate, markup rate or multiplier',
      },
      examples: ['/calcul prix coût:15 taux_de_marge:60 %', '/calc price cost:80 markup_rate:20%'],
      options: priceOptions,
      handler: (args, ctx) => priceReply(args, ctx),
    }),
    defineSubcommand({
      name: 'cost',
      frName: 'coût',
      aliases: ['cout'],
      description: {
        fr: 'Coût d’achat HT d’un PV et d’un taux de marge, de marque ou d’un coefficient',
        en: 'Purchase cost from a price and a margin rate, markup rate or multiplier',
      },
      examples: ['/calcul coût prix:24 taux_de_marque:37,5 %', '/calc cost price:100 margin_rate:25%'],
      options: costOptions,
      handler: (args, ctx) => costReply(args, ctx),
    }),
    defineSubcommand({
      name: 'breakeven',
      frName: 'seuil',
      aliases: ['point_mort', 'point-mort', 'seuil_de_rentabilite', 'break-even'],
      description: {
        fr: 'Seuil de rentabilité, point mort (date), marge et indice de sécurité',
        en: 'Break-even revenue, break-even day (date), safety margin and index',
      },
      examples: [
        '/calcul seuil charges_fixes:120 000 ca:500 000 charges_variables:300 000 jours:360',
        '/calc breakeven fixed_costs:150000 revenue:800000 contribution_rate:25%',
      ],
      options: breakevenOptions,
      handler: (args, ctx) => breakevenReply(args, ctx),
    }),
    defineSubcommand({
      name: 'growth',
      frName: 'évolution',
      aliases: ['evolution', 'tcam', 'cagr', 'croissance'],
      description: {
        fr: 'Évolution globale et TCAM sur plusieurs années (valeurs ou taux de chaque année)',
        en: 'Overall growth and CAGR over several years (end values or each year’s rate)',
      },
      examples: [
        '/calcul évolution début:250 000 fin:300 000 années:4',
        '/calc growth start:1000 rates:"3%; -2%; 5%"',
      ],
      options: growthOptions,
      handler: (args, ctx) => growthReply(args, ctx),
    }),
    defineSubcommand({
      name: 'clv',
      frName: 'valeur_client',
      aliases: ['vvc', 'valeur-client', 'ltv'],
      description: {
        fr: 'Valeur vie client (variante marge ou CA) et dépense d’équilibre',
        en: 'Customer lifetime value (margin or revenue variant) and break-even spend',
      },
      examples: [
        '/calcul valeur_client panier:50 fréquence:4 durée:3 taux_de_marque:30 % cac:40',
        '/calc clv basket:120 frequency:2.5 years:5 markup_rate:25% cac:150',
      ],
      options: clvOptions,
      handler: (args, ctx) => clvReply(args, ctx),
    }),
    defineSubcommand({
      name: 'roi',
      aliases: ['rsi'],
      description: {
        fr: 'Retour sur investissement, base marge et base CA',
        en: 'Return on investment, on margin and on revenue',
      },
      examples: [
        '/calcul roi coût:1 000 ca:5 000 marge:1 500',
        '/calc roi cost:2000 revenue:1500 margin:300',
      ],
      options: roiOptions,
      handler: (args, ctx) => roiReply(args, ctx),
    }),
  ],
});
