import { expect, it } from 'vitest';
import { CHANNELS_ON_POSTGRES } from '../helpers/pg-global-setup.ts';
import { onPostgres } from '../helpers/test-store.ts';
import { startDiscordHarness } from './discord/harness.ts';
import { startHttp } from './helpers.ts';

// The channel tests run twice in `npm test`: on the embedded store, and in the project
// `channels-postgres` on PostgreSQL. This proves the second run really is on PostgreSQL.
it('the channel harnesses open their app on the engine of the run', async ({ task }) => {
  const expected = task.file.projectName === CHANNELS_ON_POSTGRES || onPostgres() ? 'postgres' : 'embedded';
  const http = await startHttp();
  const discord = await startDiscordHarness();
  try {
    for (const app of [http.app, discord.app]) {
      expect((app.deps.store as { engine?: string }).engine ?? 'embedded').toBe(expected);
    }
  } finally {
    await discord.close();
    await http.close();
  }
});
