import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp } from '../helpers.ts';
import { directLineFetch, pageToken } from './directline-client.ts';

type Card = { body: { text?: string }[]; actions?: { data: { prospecta: Record<string, unknown> } }[] };
type Activity = { from: { role: string }; attachments?: { content: Card }[] };

describe('web chat: exactly once over the local Direct Line', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let token = '';
  let conversationId = '';
  let seen = 0;
  beforeAll(async () => {
    server = await startHttp();
    token = await pageToken(server.origin, '?team=once&user=alice');
    conversationId = ((await (await dl('/conversations', {})).json()) as { conversationId: string })
      .conversationId;
  });
  afterAll(() => server.close());

  const dl = (path: string, body?: object) => directLineFetch(server.origin, path, token, body);

  /** Posts as Web Chat does (a new clientActivityID a try unless given) and returns the bot's card. */
  async function send(
    activity: Record<string, unknown>,
    channelData: Record<string, unknown> = {},
  ): Promise<Card> {
    const clientActivityID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const res = await dl(`/conversations/${conversationId}/activities`, {
      type: 'message',
      from: { id: 'web:alice' },
      locale: 'fr-FR',
      ...activity,
      channelData: { clientActivityID, ...channelData },
    });
    expect(res.status).toBe(200);
    const got = (await (
      await dl(`/conversations/${conversationId}/activities?watermark=${seen}`)
    ).json()) as {
      activities: Activity[];
      watermark: string;
    };
    seen = Number(got.watermark);
    const bot = got.activities.filter((a) => a.from.role === 'bot');
    expect(bot).toHaveLength(1);
    return bot[0]?.attachments?.[0]?.content as Card;
  }

  const weekSignatures = () =>
    server.app.deps.store.transact(
      'local:once',
      (tx) => tx.activities.all().filter((a) => a.outcome === 'signed' && a.date >= '2026-11-23').length,
    );

  it('Valider clicked twice on the visit form logs one signed visit (signatures 4 → 5, not 6)', async () => {
    for (const name of ['Boulangerie Martin', 'Fleuriste Rosa', 'Pharmacie Centrale', 'Hôtel du Lac'])
      await send({ text: `/journal type:visite résultat:signé prospect:"${name}" montant:500` });
    expect(await weekSignatures()).toBe(4);
    const form = await send({ text: '/journal type:visite' });
    const data = form.actions?.[0]?.data.prospecta;
    const valider = {
      value: {
        prospecta: data,
        kind: 'visit',
        outcome: 'signed',
        prospect: 'Quincaillerie Vidal',
        amount: '1200',
      },
    };
    const first = await send(valider);
    const second = await send(valider);
    expect(await weekSignatures()).toBe(5);
    expect(first.body[0]?.text).toMatch(/^visite enregistrée?$/i);
    expect(second.body[0]?.text).toBe('Déjà enregistré');
    expect(second.body[1]?.text).toMatch(/^Cette demande a déjà été enregistrée sous la référence A-\w+ : /);
  });

  it('a message sent again with the same clientActivityID, or Web Chat’s retry of it, logs once', async () => {
    const before = await weekSignatures();
    const text = '/journal type:visite résultat:signé prospect:"Traiteur Nguyen" montant:300';
    await send({ text }, { clientActivityID: 'same-client-id' });
    expect((await send({ text }, { clientActivityID: 'same-client-id' })).body[0]?.text).toBe(
      'Déjà enregistré',
    );
    // Web Chat's "Retry" gives the message a new clientActivityID; the page's stamp stays the same.
    await send({ text }, { 'prospecta.once': 'stamp-1' });
    expect((await send({ text }, { 'prospecta.once': 'stamp-1' })).body[0]?.text).toBe('Déjà enregistré');
    expect(await weekSignatures()).toBe(before + 2);
  });

  it('the same text typed again on purpose (a new message) logs again', async () => {
    const before = await weekSignatures();
    const text = '/journal type:visite résultat:signé prospect:"Cordonnerie Petit" montant:100';
    await send({ text });
    await send({ text });
    expect(await weekSignatures()).toBe(before + 2);
  });
});
