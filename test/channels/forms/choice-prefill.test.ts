import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { modalFor } from '../../../src/channels/discord/forms.ts';
import { commandToForm } from '../../../src/channels/teams/cards/form-card.ts';
import { createRegistry } from '../../../src/core/registry.ts';

const log = createRegistry(commands).find('log');
const action = log?.action;

// A follow-up written in French (`/journal type:visite …`) opens its form with the choice selected.
describe('forms pre-select a choice given in the user’s words', () => {
  it.each([
    ['visite', 'visit'],
    ['visit', 'visit'],
    ['RDV à distance', 'meeting'],
    ['courrier', 'letter'],
  ])('card: type %s selects %s', (typed, id) => {
    if (!log || !action) throw new Error('no /log');
    const card = commandToForm(log, action, 'fr', { values: { kind: typed } });
    const kind = card.body.find((e) => (e as { id?: string }).id === 'kind') as { value?: string };
    expect(kind.value).toBe(id);
  });

  it('card: an unknown word selects nothing', () => {
    if (!log || !action) throw new Error('no /log');
    const card = commandToForm(log, action, 'fr', { values: { kind: 'fusée' } });
    const kind = card.body.find((e) => (e as { id?: string }).id === 'kind') as { value?: string };
    expect(kind.value).toBeUndefined();
  });

  it('Discord modal: résultat « signé » is the default option', () => {
    if (!action) throw new Error('no /log');
    const modal = modalFor(action, ['outcome'], '/journal', 'k', 'fr', { values: { outcome: 'signé' } });
    const options = (
      (modal.components[0] as { component: unknown }).component as {
        options: { value: string; default?: boolean }[];
      }
    ).options;
    expect(options.filter((o) => o.default).map((o) => o.value)).toEqual(['signed']);
  });
});
