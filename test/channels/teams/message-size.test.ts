import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { MESSAGE_BUDGET } from '../../../src/channels/teams/cards/message-budget.ts';
import { dispatch } from '../../../src/core/dispatch.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { seedDemo } from '../../../src/demo/seed.ts';
import { NOW } from '../helpers.ts';
import { channelMessage, TEAM, TENANT } from './activities.ts';
import { type ConnectorHarness, startConnectorHarness } from './connector-harness.ts';

const TEAM_ID = `teams:${TENANT}:${TEAM}`;
const LONG_NAME = 'Boulangerie-pâtisserie artisanale des Quatre Saisons, succursale du centre historique';
const LONG_NOTE = 'Rappeler le gérant après la livraison du nouveau four ; il compare trois devis. '.repeat(
  25,
);

/**
 * Every action of the registry with the invocations that make its reply as large as it can be on
 * the seeded team (the demo team, every prospect renamed to 120 characters, every activity with a
 * 2,000-character note, long watch notes). An action missing here is run bare: add its largest case.
 */
const LARGEST: Record<string, string[]> = {
  log: [`/log kind:visit outcome:signed prospect:P-2 amount:1500 note:"${LONG_NOTE.slice(0, 1900)}"`],
  funnel: [
    '/funnel period:last-quarter details:true',
    '/funnel period:last-quarter view:cohort details:true',
    '/funnel period:last-quarter compare:previous share:true',
  ],
  'prospect add': [
    `/prospect add name:"${LONG_NAME} neuve" company:"${LONG_NAME}" city:Lyon note:"${LONG_NOTE.slice(0, 1900)}" new:true`,
  ],
  'prospect show': ['/prospect show P-3'],
  'prospect list': [
    '/prospect list limit:100',
    '/prospect list limit:100 sort:score',
    '/prospect list limit:100 from:101',
  ],
  'prospect edit': [`/prospect edit P-4 note:"${LONG_NOTE.slice(0, 1900)}"`],
  'prospect merge': ['/prospect merge from:P-5 into:P-6'],
  'prospect qualify': ['/prospect qualify P-7 budget:3 authority:3 need:3 timing:3'],
  'prospect can-call': ['/prospect can-call P-12'],
  'prospect consent': ['/prospect consent P-12 channel:phone status:granted proof:"Accord oral au salon"'],
  'prospect grid': ['/prospect grid'],
  'prospect locate': ['/prospect locate P-8 lat:45.76 lon:4.83'],
  'activity list': [
    '/activity list period:last-quarter limit:100',
    '/activity list period:last-quarter limit:100 from:300',
  ],
  'activity show': ['/activity show A-demo-00001'],
  'activity edit': ['/activity edit A-demo-00002 outcome:signed amount:900'],
  'activity delete': ['/activity delete A-demo-00003 reason:doublon'],
  'activity restore': ['/activity restore A-demo-00003'],
  'import activities': ['/import activities'],
  'import prospects': ['/import prospects'],
  'import sales': ['/import sales'],
  'portfolio summary': ['/portfolio summary', '/portfolio summary by:customer-category'],
  'portfolio abc': ['/portfolio abc'],
  'portfolio rfm': ['/portfolio rfm'],
  'portfolio value': ['/portfolio value'],
  'customer show': ['/customer show "Claire Gute"', '/customer show CG-12520'],
  'campaign create': [`/campaign create name:"${LONG_NAME.slice(0, 60)}" offer:"${LONG_NOTE.slice(0, 500)}"`],
  'campaign edit': [`/campaign edit "${LONG_NAME.slice(0, 60)}" needs:"${LONG_NOTE.slice(0, 200)}"`],
  'campaign show': ['/campaign show'],
  'campaign list': ['/campaign list'],
  'campaign close': [`/campaign close "${LONG_NAME.slice(0, 60)}" conclusion:"${LONG_NOTE.slice(0, 1500)}"`],
  'campaign objective': ['/campaign objective action:add metric:visits target:400 per:campaign'],
  'campaign cost': ['/campaign cost action:add label:"Salon régional" amount:1200'],
  'campaign rates': ['/campaign rates'],
  dashboard: ['/dashboard', '/dashboard share:true'],
  profitability: ['/profitability'],
  'method compare': ['/method compare period:last-quarter'],
  'plan time': ['/plan time'],
  'plan route': ['/plan route prospects:P-10,P-11,P-12,P-13,P-14,P-15,P-16,P-17,P-18,P-19'],
  'follow-ups': ['/follow-ups'],
  'watch post': [
    `/watch post type:competitive title:"${LONG_NAME}" body:"${LONG_NOTE.slice(0, 1900)}" tags:four,prix`,
  ],
  'watch show': ['/watch show W-1'],
  'watch useful': ['/watch useful W-1'],
  'watch edit': [`/watch edit W-1 title:"${LONG_NAME} (mis à jour)"`],
  'watch delete': ['/watch delete W-2'],
  'watch search': ['/watch search', '/watch search four'],
  'watch digest': ['/watch digest period:this-month'],
  'watch subscribe': ['/watch subscribe tag:four'],
  'watch unsubscribe': ['/watch unsubscribe tag:four'],
  'watch settings': ['/watch settings'],
  'competitor add': [`/competitor add "${LONG_NAME.slice(0, 70)}"`],
  'competitor show': [`/competitor show "${LONG_NAME.slice(0, 70)}"`],
  'competitor list': ['/competitor list'],
  'competitor swot': [
    `/competitor swot "${LONG_NAME.slice(0, 70)}" kind:strength text:"${LONG_NOTE.slice(0, 300)}"`,
  ],
  settings: ['/settings'],
  'channel set': ['/channel set'],
  'channel show': ['/channel show'],
  help: ['/help', '/help prospect', '/help log'],
};

/** Every action of the registry: one not in the table yet is measured bare (its form or its error). */
const registry = createRegistry(commands);
const ACTIONS = registry.commands.flatMap((c) =>
  c.action ? [c.name] : c.subcommands.map((s) => `${c.name} ${s.name}`),
);

let h: ConnectorHarness;

/** The demo team's data, made as large as the schemas allow, in the Teams team. */
async function seedLargest(): Promise<void> {
  const { store } = h.server.app.deps;
  await seedDemo(store, { team: 'source', now: NOW });
  const source = await store.transact('local:source', (tx) => ({
    team: tx.team,
    members: tx.members.all(),
    prospects: tx.prospects.all(),
    activities: tx.activities.all(),
    campaigns: tx.campaigns.all(),
  }));
  await store.transact(TEAM_ID, (tx) => {
    for (const m of tx.members.all()) tx.members.put({ ...m, role: 'admin' });
    for (const m of source.members) tx.members.put(m);
    for (const c of source.campaigns) tx.campaigns.put(c);
    for (const p of source.prospects)
      tx.prospects.put({
        ...p,
        name: `${LONG_NAME} ${p.id}`.slice(0, 120),
        company: LONG_NAME,
        city: 'Villefranche-sur-Saône',
      });
    for (const a of source.activities) tx.activities.put({ ...a, note: LONG_NOTE.slice(0, 2000) });
  });
  // Sales for the portfolio commands: Teams takes files through an upload page, so the core imports them.
  const csv = readFileSync('test/fixtures/portfolio/superstore.csv');
  const imported = await dispatch(
    {
      channel: 'cli',
      teamId: TEAM_ID,
      teamName: 'Équipe Ouest',
      user: { id: 'cli:seed', displayName: 'Seed', roleHint: 'admin' },
      input: { kind: 'text', text: '/import sales file:superstore.csv' },
      resolveFile: async () => ({ name: 'superstore.csv', bytes: csv }),
    },
    h.server.app.deps,
  );
  expect(imported.error).toBeUndefined();
}

async function answerTo(text: string) {
  const before = h.connector.received.length;
  await h.send(channelMessage(text));
  return h.connector.received.slice(before).filter((c) => c.method === 'POST' && c.body.type === 'message');
}

beforeAll(async () => {
  h = await startConnectorHarness();
  await answerTo('/help');
  await seedLargest();
  for (let i = 0; i < 3; i++)
    await answerTo(
      `/watch post type:commercial title:"${LONG_NAME} ${i}" body:"${LONG_NOTE.slice(0, 1900)}" tags:four`,
    );
}, 120_000);
afterAll(async () => h?.close());

describe('every Teams message stays under 80 KB (UTF-16)', () => {
  it('every entry of the table is an action of the registry', () => {
    expect(Object.keys(LARGEST).filter((a) => !ACTIONS.includes(a))).toEqual([]);
  });

  const sizes: Record<string, number> = {};
  for (const action of ACTIONS)
    for (const text of LARGEST[action] ?? [`/${action}`])
      it(`${action}: ${text.slice(0, 60)}`, async () => {
        const sent = await answerTo(text);
        expect(sent.length).toBeGreaterThan(0);
        for (const m of sent) {
          // What the connector received, as JSON, 2 bytes a UTF-16 code unit.
          const size = JSON.stringify(m.body).length * 2;
          sizes[text] = Math.max(sizes[text] ?? 0, size);
          expect(size, text).toBeLessThanOrEqual(MESSAGE_BUDGET);
        }
        if (process.env.SIZE_REPORT) {
          const card = sent[0]?.body.attachments as
            | { content?: { body?: { text?: string }[] } }[]
            | undefined;
          console.log(
            `${(sizes[text] / 1024).toFixed(1)} KB ×${sent.length} ${text.slice(0, 50)} → ${card?.[0]?.content?.body?.[0]?.text ?? ''}`,
          );
        }
      }, 60_000);
});

describe('a list longer than one message goes on with its Suite button', () => {
  type Card = {
    body: { type: string; text?: string; rows?: { cells: { items: { text: string }[] }[] }[] }[];
    actions?: { title: string; data: { prospecta: { text: string; once?: string } } }[];
  };
  const cardOf = (sent: { body: Record<string, unknown> }[]) =>
    ((sent[0]?.body.attachments ?? []) as { content: Card }[])[0]?.content as Card;
  const firstIds = (card: Card) =>
    (card.body.find((b) => b.type === 'Table')?.rows ?? []).slice(1).map((r) => r.cells[0]?.items[0]?.text);

  it('the button runs the same list from the next row, in French, and the pages join up', async () => {
    const total = await h.server.app.deps.store.transact(TEAM_ID, (tx) => tx.prospects.size);
    expect(total).toBeGreaterThanOrEqual(150);
    const first = cardOf(await answerTo('/prospect liste nombre:100'));
    const shown = firstIds(first);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(100);
    const more = first.actions?.[0];
    expect(more?.title).toBe('Suite');
    expect(more?.data.prospecta.text).toBe(`/prospect liste nombre:100 début:${shown.length + 1}`);
    expect(first.body.some((b) => b.text === `Lignes 1 à ${shown.length} sur ${total}.`)).toBe(true);

    // Clicking it: Teams sends the button's data as the message value.
    const before = h.connector.received.length;
    await h.send(
      channelMessage('', { text: undefined, entities: [], value: { prospecta: more?.data.prospecta } }),
    );
    const next = cardOf(h.connector.received.slice(before).filter((c) => c.body.type === 'message'));
    const nextIds = firstIds(next);
    expect(nextIds[0]).not.toBe(shown[0]);
    expect(new Set([...shown, ...nextIds]).size).toBe(shown.length + nextIds.length);
    expect(
      next.body.some(
        (b) => b.text === `Lignes ${shown.length + 1} à ${shown.length + nextIds.length} sur ${total}.`,
      ),
    ).toBe(true);
  });

  it('a list over a period pages over that same period, written as days', async () => {
    const first = cardOf(await answerTo('/action liste période:trimestre-dernier nombre:100'));
    const more = first.actions?.[0]?.data.prospecta.text ?? '';
    const shown = firstIds(first).length;
    expect(more).toBe(`/action liste nombre:100 période:2026-07-01..2026-09-30 début:${shown + 1}`);
    const next = cardOf(await answerTo(more));
    expect(firstIds(next)[0]).not.toBe(firstIds(first)[0]);
    expect(next.body.some((b) => b.text?.startsWith(`Lignes ${shown + 1} à `))).toBe(true);
  });

  it('without PUBLIC_BASE_URL, each chart arrives as an image within the budget (made smaller when too heavy)', async () => {
    for (const text of [
      '/entonnoir période:trimestre-dernier',
      '/tableau-de-bord',
      '/méthode comparer période:trimestre-dernier',
    ]) {
      const sent = await answerTo(text);
      const images = sent.flatMap(
        (m) => JSON.stringify(m.body).match(/data:image\/png;base64,[A-Za-z0-9+/=]+/g) ?? [],
      );
      expect(images.length, text).toBeGreaterThan(0);
      for (const m of sent)
        expect(JSON.stringify(m.body).length * 2, text).toBeLessThanOrEqual(MESSAGE_BUDGET);
    }
  });
});
