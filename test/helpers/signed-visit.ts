import { commands } from '../../commands/index.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import type { Store } from '../../src/store/types.ts';

const registry = createRegistry(commands);

/** `/log` of a signed visit to `prospect` by alice on `team` (what the backup tests save and look for). */
export const logSignedVisit = (store: Store, team: string, prospect: string) =>
  dispatch(
    {
      channel: 'cli',
      teamId: `local:${team}`,
      teamName: team,
      user: { id: 'cli:alice', displayName: 'alice' },
      input: { kind: 'text', text: `/log kind:visit outcome:signed prospect:"${prospect}" amount:100` },
    },
    { store, registry, logger: silentLogger, clock: () => new Date('2026-11-28T09:00:00Z') },
  );
