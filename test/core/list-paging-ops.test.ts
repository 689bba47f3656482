import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyMessages } from '../../src/channels/teams/cards/message-budget.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;
type Table = Extract<Block, { type: 'table' }>;

const tableOf = (r: Reply): Table => {
  const t = r.blocks.find((b): b is Table => b.type === 'table');
  if (!t) throw new Error(`no table in ${JSON.stringify(r.blocks)}`);
  return t;
};

/** The reply's *Suite* / *More* action on Teams, as the command it runs. */
const teamsNext = (r: Reply, title: string): string | undefined => {
  const card = replyMessages(r, [])[0]?.attachments[0]?.content as
    | { actions?: { title: string; data?: { prospecta?: { text?: string } } }[] }
    | undefined;
  return card?.actions?.find((a) => a.title === title)?.data?.prospecta?.text;
};

describe('/campaign list and /competitor list are paged like the other lists (Suite / More)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
    for (let i = 1; i <= 55; i++) {
      const made = await core.run(`/campagne créer "Opération ${i}"`);
      if (made.error) throw new Error(made.error.message);
      const added = await core.run(`/concurrent ajouter "Concurrent ${i}"`);
      if (added.error) throw new Error(added.error.message);
    }
  }, 300_000);
  afterAll(() => core.close());

  it('/campagne liste shows 50 campaigns, then the 5 after them from début:51 (French)', async () => {
    const first = await core.run('/campagne liste');
    expect(first.title).toContain('55');
    expect(tableOf(first).rows).toHaveLength(50);
    expect(tableOf(first).caption).toBe(
      'Les 50 premières sur 55 : la suite avec le bouton Suite (ou début:).',
    );
    expect(teamsNext(first, 'Suite')).toBe('/campagne liste début:51');
    const next = await core.run('/campagne liste début:51');
    expect(tableOf(next).rows.map((r) => r[0])).toEqual(['C-51', 'C-52', 'C-53', 'C-54', 'C-55']);
    expect(tableOf(next).caption).toBe('Lignes 51 à 55 sur 55.');
    expect(teamsNext(next, 'Suite')).toBeUndefined();
    // Both pages together: every campaign once.
    const ids = [...tableOf(first).rows, ...tableOf(next).rows].map((r) => r[0]);
    expect(new Set(ids).size).toBe(55);
    const past = await core.run('/campagne liste début:80');
    expect(past.blocks).toEqual([
      { type: 'text', text: 'Plus rien à partir de ce rang : reprenez la liste sans début:.' },
    ]);
  });

  it('/campaign list pages in English with a More button', async () => {
    const first = await core.run('/campaign list', { locale: 'en' });
    expect(tableOf(first).rows).toHaveLength(50);
    expect(tableOf(first).caption).toBe('The first 50 of 55: the rest with the More button (or from:).');
    expect(teamsNext(first, 'More')).toBe('/campaign list from:51');
    const next = await core.run('/campaign list from:51', { locale: 'en' });
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Rows 51–55 of 55.');
  });

  it('/concurrent liste shows 50 competitors, then the 5 after them (French)', async () => {
    const first = await core.run('/concurrent liste');
    expect(tableOf(first).rows).toHaveLength(50);
    expect(teamsNext(first, 'Suite')).toBe('/concurrent liste début:51');
    const next = await core.run('/concurrent liste début:51');
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Lignes 51 à 55 sur 55.');
    const names = [...tableOf(first).rows, ...tableOf(next).rows].map((r) => r[1]);
    expect(new Set(names).size).toBe(55);
    expect(names).toContain('Concurrent 55');
  });

  it('/competitor list pages in English with a More button', async () => {
    const first = await core.run('/competitor list', { locale: 'en' });
    expect(tableOf(first).caption).toBe('The first 50 of 55: the rest with the More button (or from:).');
    expect(teamsNext(first, 'More')).toBe('/competitor list from:51');
    const next = await core.run('/competitor list from:51', { locale: 'en' });
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Rows 51–55 of 55.');
    expect(teamsNext(next, 'More')).toBeUndefined();
  });
});
