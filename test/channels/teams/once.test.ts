import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCard, startHttp } from '../helpers.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';

type Card = { body: Record<string, unknown>[]; actions?: { data: { prospecta: Record<string, unknown> } }[] };

const PERSONAL_TEAM = `teams:${TENANT}:conv:a:personal-bob`;

const ask = (origin: string, activity: object) => askCard<Card>(origin, activity);

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
    expect(textsOf(first)[0]).toMatch(/^visit logged$/i);
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
    expect(textsOf(await submit())[0]).toMatch(/^visit logged$/i);
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
    expect(textsOf(await ask(server.origin, personalMessage(undefined, { value: button })))[0]).toMatch(
      /^visit logged$/i,
    );
    expect(textsOf(await ask(server.origin, personalMessage(undefined, { value: button })))[0]).toBe(
      'Already saved',
    );
    expect((await activities()).length).toBe(before + 1);
  });
});

describe('Teams: a redelivery through the Bot Framework connector, also after a restart', () => {
  it('answers the first delivery, and the same activity delivered again (before and after a restart) with "Déjà enregistré"', async () => {
    const connector = await startFakeConnector();
    let server = await startHttp();
    try {
      const msg = channelMessage(
        '/journal type:visite résultat:signé prospect:"Opticien Morel" montant:900',
        {
          serviceUrl: connector.serviceUrl,
        },
      );
      const deliver = async (n: number) => {
        const res = await fetch(`${server.origin}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(msg),
        });
        expect(res.status).toBe(200);
        const sent = await connector.waitFor(n);
        const card = (sent[n - 1]?.body.attachments as { content: Card }[] | undefined)?.[0]?.content;
        return card ? textsOf(card) : [];
      };
      expect((await deliver(1))[0]).toMatch(/^visite enregistrée?$/i);
      expect((await deliver(2))[0]).toBe('Déjà enregistré');
      await server.close(true);
      server = await startHttp({}, { dir: server.dir });
      const afterRestart = await deliver(3);
      expect(afterRestart[0]).toBe('Déjà enregistré');
      const team = `teams:${TENANT}:${TEAM}`;
      const saved = await server.app.deps.store.transact(team, (tx) => tx.activities.all());
      expect(saved).toHaveLength(1);
      expect(afterRestart[1]).toContain(`sous la référence ${saved[0]?.id}`);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});
