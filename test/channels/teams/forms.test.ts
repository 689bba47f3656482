import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, FORM_CASES, formValues, typedCommand } from '../form-cases.ts';
import { askCard, startHttp } from '../helpers.ts';
import { channelMessage, TEAM, TENANT } from './activities.ts';

type Element = Record<string, unknown> & { type: string; id?: string };
type Card = { body: Element[]; actions?: Element[] };

const TEAM_ID = `teams:${TENANT}:${TEAM}`;

describe('Teams forms read what was typed exactly as a typed command does', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  const ask = (activity: object) => askCard<Card>(server.origin, activity);
  /** A card button or form submitted in the channel: a message with a value and no text. */
  const submitted = (value: Record<string, unknown>) => channelMessage('', { text: undefined, value });
  const activities = () => server.app.deps.store.transact(TEAM_ID, (tx) => tx.activities.all());
  const inputs = (card: Card) => card.body.filter((e) => e.type.startsWith('Input.'));

  it.each(FORM_CASES)('$name: the form stores the same record as the typed command', async (c) => {
    const typed = await ask(channelMessage(typedCommand(c)));
    expect(typed.body[0]).toMatchObject({ color: 'Good' });

    const form = await ask(submitted({ prospecta: { command: 'log', form: true } }));
    const values = formValues(c);
    for (const [id, value] of Object.entries(values)) {
      const input = inputs(form).find((i) => i.id === id);
      // Figures and dates are text read by the core, never a client's number or date picker.
      if (input?.type === 'Input.ChoiceSet')
        expect((input.choices as { value: string }[]).map((x) => x.value)).toContain(value);
      else expect(input?.type).toBe('Input.Text');
    }
    const submit = form.actions?.[0] as unknown as { data: Record<string, unknown> };
    const saved = await ask(submitted({ ...submit.data, ...values }));
    expect(saved.body[0]).toMatchObject({ color: 'Good' });

    const [fromTyped, fromForm] = (await activities()).slice(-2);
    expect(fromForm).toMatchObject(c.stored);
    expect(comparable(fromForm)).toEqual(comparable(fromTyped));
  });

  it('the form of a follow-up button starts clean: no error before anything is typed', async () => {
    const card = await ask(submitted({ prospecta: { text: '/log kind:visit prospect:P-1' } }));
    expect(inputs(card).find((i) => i.id === 'kind')).toMatchObject({ value: 'visit' });
    expect(inputs(card).find((i) => i.id === 'prospect')).toMatchObject({ value: 'P-1' });
    expect(card.body.filter((e) => e.color === 'Attention')).toEqual([]);
    // The command and what it does, then the fields: every field has one label, a toggle only its title.
    expect(card.body.filter((e) => e.type === 'TextBlock').map((e) => e.text)).toEqual([
      '/journal',
      'Enregistrer une action de prospection',
    ]);
    const labels = inputs(card).map((i) => i.label ?? i.title);
    expect(new Set(labels).size).toBe(labels.length);
    expect(inputs(card).filter((i) => i.type === 'Input.Toggle' && 'label' in i)).toEqual([]);
  });

  it('“Saisir la visite”: the form opened from the button stores 1234,50 and 1h30 as 1 234,50 € and 90 min', async () => {
    const form = await ask(
      submitted({ prospecta: { text: '/log kind:visit prospect:"Garage du Formulaire"' } }),
    );
    const submit = form.actions?.[0] as unknown as { data: Record<string, unknown> };
    const given = Object.fromEntries(inputs(form).flatMap((i) => (i.value ? [[i.id, i.value]] : [])));
    const saved = await ask(
      submitted({ ...submit.data, ...given, outcome: 'signed', amount: '1234,50', duration: '1h30' }),
    );
    expect(saved.body[0]).toMatchObject({ color: 'Good' });
    expect((await activities()).at(-1)).toMatchObject({
      kind: 'visit',
      outcome: 'signed',
      amount: 1234.5,
      durationMin: 90,
    });
  });

  it('an amount the core cannot read brings the form back, typed values kept, error above the field; nothing saved', async () => {
    const before = (await activities()).length;
    const card = await ask(
      submitted({
        prospecta: { command: 'log' },
        kind: 'visit',
        outcome: 'proposal',
        prospect: 'P-1',
        amount: '12 x 3',
        duration: '1h30',
      }),
    );
    expect((await activities()).length).toBe(before);
    const at = card.body.findIndex((e) => e.id === 'amount');
    expect(card.body[at - 1]).toMatchObject({
      type: 'TextBlock',
      color: 'Attention',
      text: 'montant : « 12 x 3 » n’est pas un montant. Écrivez par exemple 1 234,50 ou 1234.50.',
    });
    expect(card.body.filter((e) => e.color === 'Attention')).toHaveLength(1);
    const value = (id: string) => inputs(card).find((i) => i.id === id)?.value;
    expect([value('outcome'), value('prospect'), value('amount'), value('duration')]).toEqual([
      'proposal',
      'P-1',
      '12 x 3',
      '1h30',
    ]);
    expect(card.actions?.[0]).toMatchObject({ data: { prospecta: { command: 'log' } } });
  });

  it('a form naming a prospect close to an existing one asks “did you mean” with its buttons, not the form', async () => {
    await ask(channelMessage('/journal type:appel résultat:joint prospect:"Garage du Formulaire"'));
    const card = await ask(
      submitted({
        prospecta: { command: 'log' },
        kind: 'call',
        outcome: 'reached',
        prospect: 'Garage du Formulair',
      }),
    );
    expect(card.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    expect(JSON.stringify(card.body)).toContain('Vouliez-vous dire');
    expect(card.actions?.length).toBeGreaterThan(1);
  });

  it('a typed command missing an option still says what is missing', async () => {
    const card = await ask(channelMessage('/journal prospect:"Garage Dupont"'));
    const notices = card.body.filter((e) => e.color === 'Attention');
    expect(notices.map((n) => n.text)).toEqual(['L’option type est obligatoire : ajoutez type:…']);
    expect(card.body[card.body.findIndex((e) => e.id === 'kind') - 1]).toBe(notices[0]);
  });
});

describe('Teams follows the core’s one form policy', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());
  const ask = (activity: object) => askCard<Card>(server.origin, activity);
  const activities = () => server.app.deps.store.transact(TEAM_ID, (tx) => tx.activities.all());

  it('a note typed as … opens the form with what was typed, and saves nothing yet (as a Discord slash command does)', async () => {
    const card = await ask(
      channelMessage('/journal type:visite résultat:signé prospect:"Garage Note" note:…'),
    );
    const input = (id: string) => card.body.find((e) => e.id === id);
    expect(input('note')).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(input('note')).not.toHaveProperty('value');
    expect(input('prospect')).toMatchObject({ value: 'Garage Note' });
    expect(card.body.filter((e) => e.color === 'Attention')).toEqual([]);
    expect((await activities()).filter((a) => a.note === '…')).toEqual([]);
  });

  it('a bare /journal gets its form, clean', async () => {
    const card = await ask(channelMessage('/journal'));
    expect(card.body.filter((e) => e.type.startsWith('Input.')).map((e) => e.id)).toContain('kind');
    expect(card.body.filter((e) => e.color === 'Attention')).toEqual([]);
  });
});
