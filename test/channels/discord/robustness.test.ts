import { expect, test } from 'vitest';
import { createLogger } from '../../../src/core/logger.ts';
import { GUILD_A, interactionPayload, opt, startDiscordHarness } from './harness.ts';

const alice = { id: '5001', username: 'alice', locale: 'fr' };

test('a dropped gateway connection is logged and resumed; stop finishes the answer in flight', async () => {
  const lines: Record<string, unknown>[] = [];
  const h = await startDiscordHarness(
    undefined,
    createLogger('debug', (l) => lines.push(JSON.parse(l))),
  );
  try {
    h.fake.dropConnections();
    await expect.poll(() => lines.some((l) => l.msg === 'discord resumed'), { timeout: 15_000 }).toBe(true);
    expect(lines.some((l) => l.msg === 'discord reconnecting' || l.msg === 'discord disconnected')).toBe(
      true,
    );

    const funnel = interactionPayload(2, alice, GUILD_A, {
      id: '9000',
      name: 'funnel',
      type: 1,
      options: [opt('period', 'this-week')],
    });
    const deferred = await h.interact(funnel);
    expect((deferred.body as { type: number; data: { flags: number } }).data.flags).toBe(64);
    // Stopping now must wait for the chart and the edit of the deferred answer.
    await h.channel.stop();
    const edit = h.fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(funnel.token));
    expect(edit?.files[0]?.name).toBe('chart-1.png');
  } finally {
    await h.close(); // stopping twice is harmless
  }
});
