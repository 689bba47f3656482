import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { abcReply } from '../src/portfolio/abc-reply.ts';
import { rfmReply } from '../src/portfolio/rfm-reply.ts';
import { summaryReply } from '../src/portfolio/summary-reply.ts';
import { valueReply } from '../src/portfolio/value-reply.ts';

const year = () =>
  opt.integer({
    positional: true,
    frName: 'annee',
    aliases: ['année'],
    min: 1900,
    max: 2100,
    description: {
      fr: 'Année (par défaut la dernière avec des ventes)',
      en: 'Year (default: the latest with sales)',
    },
  });

export default defineCommand({
  name: 'portfolio',
  frName: 'portefeuille',
  aliases: ['clients'],
  description: {
    fr: 'Portefeuille clients : CA, évolution, ABC, RFM, marge et valeur client',
    en: 'Customer portfolio: revenue, growth, ABC, RFM, margin and customer value',
  },
  subcommands: [
    defineSubcommand({
      name: 'summary',
      frName: 'synthèse',
      aliases: ['synthese', 'ca'],
      description: {
        fr: 'CA global et par catégorie, répartition, évolution, TCAM, panier moyen',
        en: 'Revenue total and by category, share, growth, CAGR, average basket',
      },
      slow: true,
      examples: ['/portfolio summary 2017', '/portefeuille synthèse par:"catégorie de client"'],
      options: z.object({
        year: year(),
        by: opt.choice(['product-category', 'customer-category'], {
          frName: 'par',
          description: { fr: 'Catégories de produits ou de clients', en: 'Product or customer categories' },
          choiceLabels: {
            fr: { 'product-category': 'catégorie de produit', 'customer-category': 'catégorie de client' },
            en: { 'product-category': 'product category', 'customer-category': 'customer category' },
          },
          choiceAliases: {
            'product-category': ['produit', 'produits', 'categorie-produit', 'product', 'products'],
            'customer-category': [
              'client',
              'clients',
              'categorie-client',
              'segment',
              'customer',
              'customers',
            ],
          },
        }),
      }),
      handler: (args, ctx) => summaryReply(args, ctx),
    }),
    defineSubcommand({
      name: 'abc',
      description: {
        fr: 'Méthode ABC (Pareto) : classes de clients et courbe',
        en: 'ABC (Pareto) analysis: customer classes and curve',
      },
      slow: true,
      examples: ['/portfolio abc 2017', '/portefeuille abc seuils:70/90'],
      options: z.object({
        year: year(),
        thresholds: opt.text({
          frName: 'seuils',
          maxLength: 20,
          description: {
            fr: 'Seuils cumulés A/B en % (80/95) ou parts des classes (80-15-5, 70-20-10)',
            en: 'Cumulative A/B limits in % (80/95) or class shares (80-15-5, 70-20-10)',
          },
        }),
      }),
      handler: (args, ctx) => abcReply(args, ctx),
    }),
    defineSubcommand({
      name: 'rfm',
      description: {
        fr: 'Segmentation RFM (récence, fréquence, montant) et carte des segments',
        en: 'RFM segmentation (recency, frequency, monetary) and segment map',
      },
      slow: true,
      examples: ['/portfolio rfm', '/portefeuille rfm 2018-01-01'],
      options: z.object({
        date: opt.date({
          positional: true,
          description: {
            fr: 'Date d’analyse (par défaut le lendemain de la dernière vente)',
            en: 'Analysis date (default: the day after the last sale)',
          },
        }),
      }),
      handler: (args, ctx) => rfmReply(args, ctx),
    }),
    defineSubcommand({
      name: 'value',
      frName: 'valeur',
      description: {
        fr: 'Marge, taux de marge et de marque, coefficient, fidélisation, valeur vie client',
        en: 'Margin, margin and markup rates, multiplier, retention, customer lifetime value',
      },
      slow: true,
      examples: ['/portfolio value 2017', '/portefeuille valeur 2017 duree:3 cac:150'],
      options: z.object({
        year: year(),
        years: opt.number({
          frName: 'duree',
          aliases: ['durée'],
          min: 0.1,
          max: 100,
          description: {
            fr: 'Durée de la relation client en années (par défaut 1 / taux d’attrition)',
            en: 'Years of relationship (default 1 / churn rate)',
          },
        }),
        cac: opt.money({
          description: {
            fr: 'Coût d’acquisition client connu (sinon celui des opérations, s’il existe)',
            en: 'Known customer acquisition cost (else from campaign costs, when any)',
          },
        }),
      }),
      handler: (args, ctx) => valueReply(args, ctx),
    }),
  ],
});
