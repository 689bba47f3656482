import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, FORM_CASES, formValues, typedCommand } from '../form-cases.ts';
import { startHttp } from '../helpers.ts';
import { directLineFetch, pageToken } from './directline-client.ts';

type Element = Record<string, unknown> & { type: string; id?: string };
type Card = { body: Element[]; actions?: Element[] };

describe('web chat forms (local Direct Line) read what was typed exactly as a typed command does', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let token: string;
  let conversation: string;
  let watermark = 0;

  const dl = (path: string, body?: object) => directLineFetch(server.origin, path, token, body);

  beforeAll(async () => {
    server = await startHttp();
    token = await pageToken(server.origin, '?team=formes&user=alice&locale=fr');
    conversation = ((await (await dl('/conversations', {})).json()) as { conversationId: string })
      .conversationId;
  });
  afterAll(() => server.close());

  /** Sends one activity as Web Chat does and returns the card the bot answered with. */
  async function ask(activity: object): Promise<Card> {
    const posted = await dl(`/conversations/${conversation}/activities`, {
      type: 'message',
      from: { id: 'web:alice' },
      locale: 'fr-FR',
      ...activity,
    });
    expect(posted.status).toBe(200);
    const got = (await (
      await dl(`/conversations/${conversation}/activities?watermark=${watermark}`)
    ).json()) as {
      activities: { from: { role: string }; attachments?: { content: Card }[] }[];
      watermark: string;
    };
    watermark = Number(got.watermark);
    const answers = got.activities.filter((a) => a.from.role === 'bot');
    expect(answers).toHaveLength(1);
    return answers[0]?.attachments?.[0]?.content as Card;
  }
  const activities = () => server.app.deps.store.transact('local:formes', (tx) => tx.activities.all());

  it.each(FORM_CASES)('$name: the form stores the same record as the typed command', async (c) => {
    expect((await ask({ text: typedCommand(c) })).body[0]).toMatchObject({ color: 'Good' });
    const form = await ask({ value: { prospecta: { command: 'log', form: true } } });
    const values = formValues(c);
    for (const [id, value] of Object.entries(values)) {
      const input = form.body.find((e) => e.id === id);
      if (input?.type === 'Input.ChoiceSet')
        expect((input.choices as { value: string }[]).map((x) => x.value)).toContain(value);
      else expect(input?.type).toBe('Input.Text');
    }
    const submit = form.actions?.[0] as unknown as { data: Record<string, unknown> };
    expect((await ask({ value: { ...submit.data, ...values } })).body[0]).toMatchObject({ color: 'Good' });

    const [fromTyped, fromForm] = (await activities()).slice(-2);
    expect(fromForm).toMatchObject(c.stored);
    expect(comparable(fromForm)).toEqual(comparable(fromTyped));
  });

  it('a duration the core cannot read brings the form back with its error; nothing is saved', async () => {
    const before = (await activities()).length;
    const card = await ask({
      value: {
        prospecta: { command: 'log' },
        kind: 'call',
        outcome: 'reached',
        prospect: 'X',
        duration: '1h3o',
      },
    });
    expect((await activities()).length).toBe(before);
    const at = card.body.findIndex((e) => e.id === 'duration');
    expect(card.body[at]).toMatchObject({ type: 'Input.Text', value: '1h3o' });
    expect(card.body[at - 1]).toMatchObject({
      color: 'Attention',
      text: 'durée : « 1h3o » n’est pas une durée. Écrivez 45, 45min ou 1h30.',
    });
  });
});
