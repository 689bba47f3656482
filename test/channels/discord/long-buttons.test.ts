import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LongButtons } from '../../../src/channels/discord/long-buttons.ts';
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
const slash = (name: string, options: unknown[]) =>
  interactionPayload(2, alice, GUILD_A, { id: '9000', name, type: 1, options });
const click = (customId: string, messageId: string) => buttonClick(alice, GUILD_A, customId, messageId);

describe('a "did you mean" question on Discord', () => {
  test('keeps its buttons when the command typed again is longer than a custom id, and they log', async () => {
    await h.interact(
      slash('log', [opt('kind', 'call'), opt('outcome', 'reached'), opt('prospect', 'Boulangerie Martin')]),
    );
    const note = 'Vu le gérant, intéressé par la formule annuelle ; rappeler après les fêtes';
    const asked = body(
      await h.interact(
        slash('log', [
          opt('kind', 'visit'),
          opt('outcome', 'proposal'),
          opt('prospect', 'Boulangerie Martn'),
          opt('amount', 1234.5, 10),
          opt('note', note),
        ]),
      ),
    ).data;
    expect(asked.embeds[0].title).toBe('Vouliez-vous dire P-1 Boulangerie Martin ?');
    const buttons = asked.components[0].components as { label: string; custom_id: string }[];
    expect(buttons.map((b) => b.label)).toEqual(['Oui, P-1', 'Non, créer « Boulangerie Martn »']);
    for (const b of buttons) expect(b.custom_id).toMatch(/^run#[0-9a-f]{16}$/);

    const yes = body(await h.interact(click(buttons[0]?.custom_id ?? '', '8101'))).data;
    expect(yes.embeds[0].title).toBe('Visite enregistrée');
    const stored = await h.app.deps.store.transact(`discord:${GUILD_A}`, (tx) => ({
      activities: tx.activities.all().map((a) => [a.prospectId, a.kind, a.amount ?? null, a.note ?? null]),
      prospects: tx.prospects.all().map((p) => p.name),
    }));
    expect(stored).toEqual({
      activities: [
        ['P-1', 'call', null, null],
        ['P-1', 'visit', 1234.5, note],
      ],
      prospects: ['Boulangerie Martin'],
    });
  });

  test('a forgotten long button answers that it is no longer valid', async () => {
    const r = body(await h.interact(click('run#00000000000000ff', '8102'))).data;
    expect(r.embeds[0].description).toBe(
      'Ce bouton n’est plus valable (redémarrage ou plus d’un jour) : relancez la commande.',
    );
  });

  test('keys expire after their time and the oldest go first beyond the bound', () => {
    let now = 0;
    const b = new LongButtons(1000, 2, () => now);
    const long = (n: number) => `/log kind:call outcome:reached prospect:P-${n} note:"${'x'.repeat(90)}"`;
    expect(b.buttonId('/funnel')).toBe('run:/funnel');
    const [k1, k2] = [b.buttonId(long(1)), b.buttonId(long(2))];
    expect(b.command(k1)).toBe(long(1));
    const k3 = b.buttonId(long(3));
    expect([b.command(k1), b.command(k2), b.command(k3)]).toEqual([undefined, long(2), long(3)]);
    now = 1000;
    expect(b.command(k2)).toBeUndefined();
  });
});
