import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  body,
  buttonClick,
  type DiscordHarness,
  GUILD_A,
  interactionPayload,
  opt,
  startDiscordHarness,
  type Who,
} from './harness.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const alice: Who = { id: '5001', username: 'alice', nick: 'Alice M.', locale: 'fr' };
const activities = () => h.app.deps.store.transact(`discord:${GUILD_A}`, (tx) => tx.activities.all());

describe('Discord: exactly once', () => {
  test('the same interaction delivered twice logs once; the repeat answers "Déjà enregistré" with the reference', async () => {
    const p = interactionPayload(2, alice, GUILD_A, {
      id: '9000',
      name: 'log',
      type: 1,
      options: [
        opt('kind', 'visit'),
        opt('outcome', 'signed'),
        opt('prospect', 'Garage'),
        opt('amount', 1200, 10),
      ],
    });
    const first = await h.interact(p);
    expect(body(first).data.embeds[0].title).toMatch(/^visite enregistrée?$/i);
    const again = await h.interact(p);
    const [saved] = await activities();
    expect(await activities()).toHaveLength(1);
    expect(body(again).data.flags).toBe(64);
    expect(body(again).data.embeds[0].title).toBe('Déjà enregistré');
    expect(body(again).data.embeds[0].description).toContain(`sous la référence ${saved?.id}`);
    expect(body(again).data.components ?? []).toEqual([]);
  });

  test('a follow-up button clicked twice (two interactions) runs its command once', async () => {
    const before = (await activities()).length;
    const click = () =>
      h.interact(buttonClick(alice, GUILD_A, 'run:/log kind:call outcome:reached prospect:P-1', '8101'));
    expect(body(await click()).data.embeds[0].title).toMatch(/^appel enregistré$/i);
    expect(body(await click()).data.embeds[0].title).toBe('Déjà enregistré');
    expect((await activities()).length).toBe(before + 1);
    // The same button on another message is another delivery.
    const other = await h.interact(
      buttonClick(alice, GUILD_A, 'run:/log kind:call outcome:reached prospect:P-1', '8102'),
    );
    expect(body(other).data.embeds[0].title).toMatch(/^appel enregistré$/i);
    expect((await activities()).length).toBe(before + 2);
  });

  test('a form (modal) submitted twice logs once', async () => {
    const before = (await activities()).length;
    const asked = await h.interact(
      interactionPayload(2, alice, GUILD_A, {
        id: '9000',
        name: 'log',
        type: 1,
        options: [opt('kind', 'visit'), opt('outcome', 'reached'), opt('prospect', 'P-1'), opt('note', '…')],
      }),
    );
    const modal = body(asked).data;
    const submit = () =>
      h.interact(
        interactionPayload(5, alice, GUILD_A, {
          custom_id: modal.custom_id,
          components: [
            { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'note', value: 'Rappeler' } },
          ],
        }),
      );
    expect(body(await submit()).data.embeds[0].title).toMatch(/^visite enregistrée?$/i);
    expect(body(await submit()).data.embeds[0].title).toBe('Déjà enregistré');
    expect((await activities()).length).toBe(before + 1);
    // A form the bot never showed (or forgot) is still refused.
    const unknown = await h.interact(
      interactionPayload(5, alice, GUILD_A, { custom_id: 'form:000000000000', components: [] }),
    );
    expect(body(unknown).data.embeds[0].footer.text).toBe('Code : discord_form_expired');
  });
});
