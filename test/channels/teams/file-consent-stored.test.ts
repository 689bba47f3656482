import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_CARD, FILE_INFO_CARD } from '../../../src/channels/teams/file-offers.ts';
import { directoryId } from '../../../src/core/conversations/personal-chats.ts';
import { fileOffersCollection } from '../../../src/core/conversations/stored-file-offers.ts';
import { NOW, startHttp } from '../helpers.ts';
import { BOT, personalMessage, TENANT } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';

type Attachment = { contentType: string; name?: string; content?: Record<string, unknown> };
type Sent = { text?: string; attachments?: Attachment[] };
type Server = Awaited<ReturnType<typeof startHttp>>;
type Connector = Awaited<ReturnType<typeof startFakeConnector>>;

const MINUTE = 60_000;
const at = (minutes: number) => () => new Date(NOW.getTime() + minutes * MINUTE);

/** Bob's Allow on a consent card, as Teams sends it. */
const allow = (connector: Connector, context: unknown, name: string) => ({
  type: 'invoke',
  name: 'fileConsent/invoke',
  id: `invoke-${Math.random().toString(36).slice(2)}`,
  channelId: 'msteams',
  from: { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' },
  recipient: BOT,
  conversation: { id: 'a:personal-bob', conversationType: 'personal', tenantId: TENANT },
  channelData: { tenant: { id: TENANT } },
  locale: 'fr-FR',
  value: {
    type: 'fileUpload',
    action: 'accept',
    context,
    uploadInfo: {
      name,
      uploadUrl: `${connector.serviceUrl}onedrive/${encodeURIComponent(name)}`,
      contentUrl: `https://contoso-my.sharepoint.com/personal/bob/Documents/Applications/Prospecta/${name}`,
      uniqueId: `unique-${name}`,
      fileType: name.split('.').at(-1),
    },
  },
});

describe('Teams: an offered file waits in the store, not in the process', () => {
  let connector: Connector;
  let dir: string;
  const running: Server[] = [];
  const start = async (clock: () => Date) => {
    const server = await startHttp({}, { dir, clock });
    running.push(server);
    return server;
  };
  const send = async (server: Server, activity: object) => {
    const res = await fetch(`${server.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });
    expect(res.status).toBe(200);
  };
  const sentSince = (from: number): Sent[] => connector.received.slice(from).map((c) => c.body as Sent);
  /** Asks for an export in Bob's personal chat; the consent card's file name and accept context. */
  const offer = async (server: Server) => {
    const from = connector.received.length;
    await send(server, personalMessage('/export prospects'));
    const card = sentSince(from)
      .flatMap((s) => s.attachments ?? [])
      .find((a) => a.contentType === FILE_CONSENT_CARD);
    expect(card?.name).toMatch(/^prospects.*\.csv$/);
    return {
      name: card?.name ?? '',
      context: card?.content?.acceptContext,
      size: card?.content?.sizeInBytes as number,
    };
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-file-offers-'));
  });
  afterAll(async () => {
    for (const s of running) await s.close(true).catch(() => undefined);
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('an Allow after a restart still uploads the file, once; the offer is kept in the tenant’s directory, by a hash', async () => {
    const first = await start(at(0));
    const { name, context, size } = await offer(first);
    const token = (context as { offer: string }).offer;
    const kept = await first.app.deps.store.read(directoryId(`teams:${TENANT}`), (v) =>
      v.collection(fileOffersCollection).all(),
    );
    expect(kept.map((o) => [o.userId, o.name, o.expiresAt])).toEqual([
      ['teams:aad-bob', name, new Date(NOW.getTime() + 30 * MINUTE).toISOString()],
    ]);
    expect(kept[0]?.id).not.toContain(token);
    await first.close(true);

    const second = await start(at(29));
    const from = connector.received.length;
    await send(second, allow(connector, context, name));
    expect(connector.uploads.get(name)?.bytes.length).toBe(size);
    expect(connector.uploads.get(name)?.bytes.toString('utf8').startsWith('\uFEFF')).toBe(true);
    expect(sentSince(from).flatMap((s) => s.attachments ?? [])).toMatchObject([
      { contentType: FILE_INFO_CARD, name },
    ]);
    // Sent once: the same card allowed again finds nothing to send.
    connector.uploads.clear();
    await send(second, allow(connector, context, name));
    expect(connector.uploads.size).toBe(0);
    await second.close(true);
  });

  it('an Allow after the 30 minutes is refused with the localized message, nothing uploaded', async () => {
    const first = await start(at(0));
    const { name, context } = await offer(first);
    await first.close(true);
    const later = await start(at(31));
    const from = connector.received.length;
    connector.uploads.clear();
    await send(later, allow(connector, context, name));
    expect(connector.uploads.size).toBe(0);
    expect(sentSince(from).flatMap((s) => (s.text ? [s.text] : []))).toEqual([
      'Ce fichier n’est plus disponible (un fichier proposé attend 30 minutes et ne s’envoie qu’une fois) : relancez la commande.',
    ]);
    await later.close(true);
  });

  it('an expired offer nobody answered leaves the store when a later one is taken', async () => {
    const kept = (server: Server) =>
      server.app.deps.store.read(directoryId(`teams:${TENANT}`), (v) =>
        v
          .collection(fileOffersCollection)
          .all()
          .map((o) => o.offeredAt),
      );
    const first = await start(at(100));
    await offer(first);
    await first.close(true);
    const second = await start(at(125));
    const { name, context } = await offer(second);
    expect(await kept(second)).toHaveLength(2);
    await second.close(true);
    const third = await start(at(135));
    await send(third, allow(connector, context, name));
    expect(connector.uploads.has(name)).toBe(true);
    expect(await kept(third)).toEqual([]);
    await third.close(true);
  });
});
