import { expect } from 'vitest';
import { startHttp } from '../helpers.ts';
import { startFakeConnector } from './fake-connector.ts';

/** The real HTTP channel and a fake Bot Connector that receives what the bot sends back. */
export async function startConnectorHarness() {
  const connector = await startFakeConnector();
  const server = await startHttp();
  /** One activity to the bot, answered through the connector (the turn's sends are done when it resolves). */
  const send = async (activity: object): Promise<void> => {
    const res = await fetch(`${server.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });
    expect(res.status).toBe(200);
  };
  const close = async () => {
    await server.close();
    await connector.close();
  };
  return { connector, server, send, close };
}

export type ConnectorHarness = Awaited<ReturnType<typeof startConnectorHarness>>;
