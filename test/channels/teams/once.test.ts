import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp } from '../helpers.ts';
import { personalMessage, TENANT } from './activities.ts';

type Card = { body: Record<string, unknown>[]; actions?: { data: { prospecta: Record<string, unknown> } }[] };

const PERSONAL_TEAM = `teams:${TENANT}:conv:a:personal-bob`;

/** The one Adaptive Card of an expectReplies answer. */
async function ask(origin: string, activity: object): Promise<Card> {
  const res = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { activities: { attachments: { content: Card }[] }[] };
  expect(body.activities).toHaveLength(1);
  return body.activities[0]?.attachments[0]?.content as Card;
}

const textsOf = (card: Card): string[] =>
  card.body.flatMap((e) => (typeof e.text === 'string' ? [e.text] : []));

describe('Teams: exactly once', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  const activities = () => server.app.deps.store.transact(PERSONAL_TEAM, (tx) => tx.activities.all());
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  it('the same activity delivered twice (same id) saves one activity; the repeat says so with its reference', async () => {
    const message = personalMessage('/log kind:visit outcome:signed prospect:Garage amount:1200');
    const first = await ask(server.origin, message);
    expect(textsOf(first)[0]).toBe('visit logged');
    const again = await ask(server.origin, message);
    const [activity] = await activities();
    expect(await activities()).toHaveLength(1);
    expect(textsOf(again)[0]).toBe('Already saved');
    expect(textsOf(again)[1]).toBe(
      `This request was already saved as ${activity?.id}: nothing was saved a second time.`,
    );
    expect(again.actions).toBeUndefined();
  });

  it('the same form card submitted twice saves once; a new form of the same command saves again', async () => {
    const before = (await activities()).length;
    const form = await ask(server.origin, personalMessage('/log prospect:"Café du Port"'));
    const submitData = form.actions?.[0]?.data.prospecta;
    expect(submitData).toMatchObject({ command: 'log', once: expect.stringMatching(/^[\w-]{12,}$/) });
    const values = { kind: 'visit', outcome: 'signed', prospect: 'Café du Port', amount: '800' };
    const submit = () =>
      ask(server.origin, personalMessage(undefined, { value: { prospecta: submitData, ...values } }));
    expect(textsOf(await submit())[0]).toBe('visit logged');
    expect(textsOf(await submit())[0]).toBe('Already saved');
    expect((await activities()).length).toBe(before + 1);
    const otherForm = await ask(server.origin, personalMessage('/log prospect:"Café du Port"'));
    expect(otherForm.actions?.[0]?.data.prospecta.once).not.toBe(submitData?.once);
    await ask(
      server.origin,
      personalMessage(undefined, { value: { prospecta: otherForm.actions?.[0]?.data.prospecta, ...values } }),
    );
    expect((await activities()).length).toBe(before + 2);
  });

  it('a follow-up button clicked twice runs its command once', async () => {
    const answer = await ask(
      server.origin,
      personalMessage('/log kind:call outcome:appointment prospect:Garage'),
    );
    const followUp = answer.actions?.find((a) => String(a.data.prospecta.text).startsWith('/log'));
    expect(followUp?.data.prospecta).toMatchObject({ text: '/log kind:visit prospect:P-1' });
    // The follow-up lacks an outcome: the click brings the form, which saves nothing; typed in full, it saves.
    const button = {
      prospecta: { ...followUp?.data.prospecta, text: '/log kind:visit outcome:reached prospect:P-1' },
    };
    const before = (await activities()).length;
    expect(textsOf(await ask(server.origin, personalMessage(undefined, { value: button })))[0]).toBe(
      'visit logged',
    );
    expect(textsOf(await ask(server.origin, personalMessage(undefined, { value: button })))[0]).toBe(
      'Already saved',
    );
    expect((await activities()).length).toBe(before + 1);
  });
});
