import { z } from 'zod';
import { opt } from '../core/options.ts';
import type { FieldSpec } from '../import/headers.ts';
import { fieldsOf } from '../import/rows.ts';

/**
 * One sales line, declared with the same option builders as a command: the import parses and
 * validates each row exactly as if it were typed, with the same messages naming the column.
 */
export const salesRowOptions = z.object({
  date: opt.date({
    required: true,
    frName: 'date',
    description: { fr: 'Date de la commande', en: 'Order date' },
  }),
  order: opt.text({
    required: true,
    frName: 'commande',
    maxLength: 80,
    description: { fr: 'N° de commande (ou de facture)', en: 'Order (or invoice) id' },
  }),
  customer_id: opt.text({
    frName: 'code_client',
    maxLength: 120,
    description: { fr: 'Code client', en: 'Customer id' },
  }),
  customer: opt.text({
    required: true,
    frName: 'client',
    maxLength: 120,
    description: { fr: 'Nom du client', en: 'Customer name' },
  }),
  customer_category: opt.text({
    frName: 'categorie_client',
    maxLength: 80,
    description: { fr: 'Catégorie (segment) de client', en: 'Customer category (segment)' },
  }),
  product_category: opt.text({
    frName: 'categorie_produit',
    maxLength: 80,
    description: { fr: 'Catégorie de produit', en: 'Product category' },
  }),
  revenue: opt.money({
    required: true,
    frName: 'ca',
    description: { fr: 'Chiffre d’affaires HT de la ligne', en: 'Line revenue excluding tax' },
  }),
  cost: opt.money({
    frName: 'cout',
    description: { fr: 'Coût d’achat HT de la ligne', en: 'Line cost excluding tax' },
  }),
  margin: opt.number({
    frName: 'marge',
    description: {
      fr: 'Marge HT de la ligne (peut être négative)',
      en: 'Line margin excl. tax (may be negative)',
    },
  }),
  row_id: opt.text({
    frName: 'ligne',
    maxLength: 40,
    description: { fr: 'N° de ligne du fichier', en: 'Row id of the file' },
  }),
});
export type SalesRowArgs = z.output<typeof salesRowOptions>;

/** Headers of real exports (French accounting, e-commerce, the Superstore sample), beyond the option names. */
export const SALES_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  date: [
    'order date',
    'date de commande',
    'date commande',
    'date facture',
    'invoice date',
    'date vente',
    'jour',
  ],
  order: [
    'order id',
    'order',
    'n commande',
    'n° commande',
    'n° de commande',
    'n° facture',
    'no commande',
    'numero de commande',
    'numero commande',
    'order number',
    'facture',
    'n facture',
    'invoice',
    'invoice id',
    'piece',
  ],
  customer_id: [
    'customer id',
    'code client',
    'id client',
    'client id',
    'n client',
    'numero client',
    'ref client',
  ],
  customer: [
    'customer name',
    'customer',
    'nom client',
    'nom du client',
    'raison sociale',
    'societe',
    'company',
  ],
  customer_category: [
    'segment',
    'categorie client',
    'type client',
    'type de client',
    'customer segment',
    'customer category',
    'typologie',
    'famille client',
  ],
  product_category: [
    'category',
    'categorie',
    'categorie produit',
    'famille',
    'famille produit',
    'product category',
    'rayon',
    'gamme',
  ],
  revenue: [
    'sales',
    'ca ht',
    'chiffre d affaires',
    'chiffre d affaires ht',
    'montant ht',
    'montant',
    'revenue',
    'amount',
    'total ht',
    'net sales',
    'vente ht',
  ],
  cost: ['cost', 'cout ht', 'cout d achat', 'prix d achat', 'achat ht', 'cogs', 'cost of goods'],
  margin: ['profit', 'benefice', 'marge ht', 'margin', 'gross margin', 'marge brute'],
  row_id: ['row id', 'id ligne', 'n ligne', 'line id', 'row'],
};

export const salesFields = (): FieldSpec[] => fieldsOf(salesRowOptions, SALES_SYNONYMS);
