import { createHash } from 'node:crypto';
import {
  customersCollection,
  portfolioSettingsCollection,
  salesChunkJson,
  salesCollection,
} from '../../src/portfolio/entities.ts';
import type { Store } from '../../src/store/types.ts';

/** Every stored sales record of a team (chunks with their columns, customers, settings), hashed. */
export const storedSalesHash = (store: Store, teamId: string): Promise<string> =>
  store.transact(teamId, (tx) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          tx.collection(salesCollection).all().map(salesChunkJson),
          tx.collection(customersCollection).all(),
          tx.collection(portfolioSettingsCollection).all(),
        ]),
      )
      .digest('hex'),
  );
