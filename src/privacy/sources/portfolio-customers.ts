import { customersCollection, type PortfolioCustomer } from '../../portfolio/entities.ts';
import type { PersonalDataSource } from '../personal-data.ts';

const texts = (c: PortfolioCustomer): string[] => [c.name, c.ref];

/**
 * Customers of the sales portfolio named after the person (a consumer customer's name, or a file
 * whose customer id is their name): kept for the sales figures, the name and id redacted out. The
 * id becomes `erased-<id>`, unique, so that no two erased customers merge in a later import.
 */
export const portfolioCustomersSource: PersonalDataSource = {
  kind: 'portfolio_customers',
  label: { fr: 'Clients du portefeuille', en: 'Portfolio customers' },
  find(view, matcher) {
    return view
      .collection(customersCollection)
      .all()
      .filter((c) => texts(c).some((s) => matcher.mentions(s)))
      .map((c) => ({ id: c.id, record: c, action: 'redact' as const }));
  },
  erase(tx, found, { matcher }) {
    const customers = tx.collection(customersCollection);
    for (const { id } of found) {
      const c = customers.get(id);
      if (!c) continue;
      customers.put({ ...c, name: matcher.redact(c.name), ref: `erased-${c.id}` });
    }
  },
};
