import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logOptions } from '../../../src/activities/log-options.ts';
import { describeOptions } from '../../../src/core/options.ts';
import { comparable, FORM_BASE, FORM_CASES, type FormCase } from '../form-cases.ts';
import {
  body,
  buttonClick,
  type DiscordHarness,
  GUILD_A,
  interactionPayload,
  type Json,
  opt,
  startDiscordHarness,
  type Who,
} from './harness.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const alice: Who = { id: '5001', username: 'alice', locale: 'fr' };
const OPTIONS = describeOptions(logOptions);
const byFrName = (name: string) => OPTIONS.find((o) => (o.frName ?? o.name) === name);
// Every figure is a String option (the core reads `12,5`): Discord's slash client sends the text typed.
const FIGURES = ['amount', 'margin', 'duration', 'travel', 'km', 'date'];
// Figures the follow-up already gives, so that the one a case is about is among the modal's five.
const FILLERS: Record<string, string> = {
  amount: '10',
  margin: '1',
  duration: '5',
  travel: '5',
  km: '1',
  date: '2026-11-26',
};
const activities = () => h.app.deps.store.transact(`discord:${GUILD_A}`, (tx) => tx.activities.all());

let messages = 8100;
const click = (customId: string) => h.interact(buttonClick(alice, GUILD_A, customId, String(++messages)));
/** A modal submitted with `values` by input id (selects for choices, text inputs for the rest). */
const submit = (modal: Json, values: Record<string, string>) =>
  h.interact(
    interactionPayload(5, alice, GUILD_A, {
      custom_id: modal.custom_id,
      components: modal.components.map((c: Json, n: number) => {
        const id = c.component.custom_id as string;
        const value = values[id] ?? '';
        return {
          type: 18,
          id: n * 2 + 1,
          component:
            c.component.type === 3
              ? { type: 3, id: n * 2 + 2, custom_id: id, values: value ? [value] : [] }
              : { type: 4, id: n * 2 + 2, custom_id: id, value },
        };
      }),
    }),
  );

/** The given figures of a case: all but its own, and no money for an outcome that takes none. */
function fillers(c: FormCase): Record<string, string> {
  const money = (c.stored.outcome ?? FORM_BASE.outcome) === 'signed';
  return Object.fromEntries(
    FIGURES.filter((k) => !(k in c.form) && (money || (k !== 'amount' && k !== 'margin'))).map((k) => [
      k,
      FILLERS[k] as string,
    ]),
  );
}

describe('Discord modals read what was typed exactly as a slash command does', () => {
  test.each(FORM_CASES)('$name: the modal stores the same record as the slash command', async (c) => {
    const given = fillers(c);
    const slashValues: Record<string, string> = { ...FORM_BASE, ...given };
    for (const [frName, typed] of Object.entries(c.typed)) {
      const o = byFrName(frName);
      if (!o) throw new Error(`no option ${frName}`);
      // A choice is picked from Discord's list: its id, as the form's select sends it.
      slashValues[o.name] = o.kind === 'choice' ? (c.form[o.name] as string) : typed;
    }
    const options = Object.entries(slashValues).map(([k, v]) => opt(k, v));
    const slash = await h.interact(
      interactionPayload(2, alice, GUILD_A, { id: '9000', name: 'log', type: 1, options }),
    );
    expect(body(slash).data.embeds[0].color).not.toBe(0xed4245);

    // The follow-up gives what the form does not ask; the outcome is left out so that it opens.
    const button = Object.entries({ ...FORM_BASE, ...given })
      .filter(([k]) => !(k in c.form) && k !== 'outcome')
      .map(([k, v]) => `${k}:"${v}"`)
      .join(' ');
    const opened = await click(`run:/log ${button}`);
    expect(body(opened).type).toBe(9);
    const modal = body(opened).data;
    const asked = modal.components.map((x: Json) => x.component.custom_id);
    expect(asked).toEqual(expect.arrayContaining(Object.keys(c.form)));
    for (const x of modal.components)
      if (FIGURES.includes(x.component.custom_id)) expect(x.component).toMatchObject({ type: 4, style: 1 });
    const done = await submit(modal, { outcome: FORM_BASE.outcome as string, ...c.form });
    expect(body(done).data.embeds[0].footer).toBeUndefined();

    const [fromSlash, fromForm] = (await activities()).slice(-2);
    expect(fromForm).toMatchObject(c.stored);
    expect(comparable(fromForm)).toEqual(comparable(fromSlash));
  });

  test('“Saisir la visite”: 1234,50 and 1h30 typed in the modal store 1 234,50 € and 90 min', async () => {
    const opened = await click('run:/log kind:visit prospect:"Garage du Formulaire"');
    const modal = body(opened).data;
    const amount = modal.components.find((x: Json) => x.component.custom_id === 'amount');
    expect(amount).toMatchObject({ label: 'montant', component: { placeholder: 'ex. 1 234,50' } });
    const done = await submit(modal, { outcome: 'signed', amount: '1234,50', duration: '1h30' });
    expect(body(done).data.embeds[0].fields).toContainEqual({
      name: 'Montant HT',
      value: expect.stringMatching(/^1\s234,50\s€$/),
      inline: true,
    });
    expect((await activities()).at(-1)).toMatchObject({ outcome: 'signed', amount: 1234.5, durationMin: 90 });
  });

  test('a prospect close to an existing one asks “did you mean” with its own buttons, not “fix the form”', async () => {
    await click('run:/log kind:call outcome:reached prospect:"Garage du Formulaire"');
    const before = (await activities()).length;
    // Four fields: a fifth (the prospect) would fit in a form to fix.
    const opened = await click(
      'run:/log kind:visit prospect:"Garage du Formulair" date:hier amount:10 duration:5',
    );
    expect(body(opened).data.components).toHaveLength(4);
    const asked = await submit(body(opened).data, { outcome: 'proposal' });
    expect(await activities()).toHaveLength(before);
    const answer = body(asked).data;
    expect(answer.embeds[0].title).toMatch(/^Vouliez-vous dire P-\d+ Garage du Formulaire/);
    const labels = answer.components.flatMap((r: Json) => r.components.map((b: Json) => b.label));
    expect(labels).not.toContain('Corriger le formulaire');
    expect(labels.length).toBeGreaterThan(1);
  });

  test('an unreadable value answers privately with the error and a button that reopens the form as typed', async () => {
    const before = (await activities()).length;
    const opened = await click('run:/log kind:visit prospect:"Garage du Formulaire"');
    const modal = body(opened).data;
    const failed = await submit(modal, {
      outcome: 'proposal',
      amount: '12 x 3',
      duration: '1h30',
      note: 'Devis',
    });
    expect(await activities()).toHaveLength(before);
    const answer = body(failed).data;
    expect(answer.flags).toBe(64);
    expect(answer.embeds[0].description).toBe(
      'montant : « 12 x 3 » n’est pas un montant. Écrivez par exemple 1 234,50 ou 1234.50.',
    );
    const button = answer.components[0].components[0];
    expect(button).toMatchObject({ type: 2, label: 'Corriger le formulaire' });

    const reopened = await click(button.custom_id);
    expect(body(reopened).type).toBe(9);
    const again = body(reopened).data;
    const component = (id: string) =>
      again.components.find((x: Json) => x.component.custom_id === id)?.component;
    expect(component('amount')).toMatchObject({ value: '12 x 3' });
    expect(component('duration')).toMatchObject({ value: '1h30' });
    expect(component('note')).toMatchObject({ value: 'Devis' });
    expect(component('outcome').options.find((o: Json) => o.default)?.value).toBe('proposal');
    const fixed = await submit(again, {
      outcome: 'proposal',
      amount: '1 234,50 €',
      duration: '1h30',
      note: 'Devis',
    });
    expect(body(fixed).data.embeds[0].footer).toBeUndefined();
    expect((await activities()).at(-1)).toMatchObject({
      kind: 'visit',
      outcome: 'proposal',
      amount: 1234.5,
      durationMin: 90,
      note: 'Devis',
    });
    expect(await activities()).toHaveLength(before + 1);
  });
});

describe('Discord follows the core’s one form policy', () => {
  test('a bare /log button opens its form asking what is missing, as Teams and the web chat do', async () => {
    const opened = await click('run:/log');
    expect(body(opened).type).toBe(9);
    const asked = body(opened).data.components.map((x: Json) => x.component.custom_id);
    expect(asked.slice(0, 3)).toEqual(['kind', 'outcome', 'prospect']);
    expect(asked).toHaveLength(5);
  });
});
