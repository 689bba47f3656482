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
/** The *Suite* action of the reply's Teams card, as the command it runs. */
const teamsSuite = (r: Reply): string | undefined => {
  const card = replyMessages(r, [])[0]?.attachments[0]?.content as
    | { actions?: { title: string; data?: { prospecta?: { text?: string } } }[] }
    | undefined;
  return card?.actions?.find((a) => a.title === 'Suite')?.data?.prospecta?.text;
};

describe('long lists are paged like /prospect list, with a Suite button on every channel', () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
    await core.run('/prospect add name:"Jeanne Dupont" type:b2c');
    for (let i = 1; i <= 25; i++)
      await core.run(`/veille publier type:commerciale titre:"Salon ${i}" texte:"Stand ${i}" tags:salon`);
    for (let i = 1; i <= 55; i++) {
      await core.run(`/réseau ajouter "Contact ${i}" type:transversal force:3`);
      await core.run(`/persona ajouter "Persona ${i}" clientèle:pro motivations:"sécurité"`);
      await core.run('/journal type:appel résultat:rappeler prospect:P-1 relance:lundi');
    }
    for (let i = 1; i <= 55; i++)
      await core.run(
        `/rgpd demandes type:accès personne:P-1 reçue:2026-11-${String(1 + (i % 27)).padStart(2, '0')}`,
      );
  }, 300_000);
  afterAll(() => core.close());

  it('/veille chercher shows 20 notes, then the 5 after them from début:21', async () => {
    const first = await core.run('/veille chercher salon');
    expect(tableOf(first).rows).toHaveLength(20);
    expect(tableOf(first).caption).toBe(
      'Les 20 premières sur 25 : la suite avec le bouton Suite (ou début:).',
    );
    expect(teamsSuite(first)).toBe('/veille chercher texte:salon début:21');
    const next = await core.run('/veille chercher texte:salon début:21');
    // The two pages together: every note once.
    const ids = [...tableOf(first).rows, ...tableOf(next).rows].map((r) => r[0]);
    expect(new Set(ids).size).toBe(25);
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Lignes 21 à 25 sur 25.');
    expect(teamsSuite(next)).toBeUndefined();
    const past = await core.run('/veille chercher texte:salon début:40');
    expect(past.blocks).toEqual([
      { type: 'text', text: 'Plus rien à partir de ce rang : reprenez la liste sans début:.' },
    ]);
  });

  it('/rgpd demandes lists 50 requests, then the rest', async () => {
    const first = await core.run('/rgpd demandes');
    expect(tableOf(first).rows).toHaveLength(50);
    expect(teamsSuite(first)).toBe('/rgpd demandes début:51');
    const next = await core.run('/gdpr requests from:51', { locale: 'en' });
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Rows 51–55 of 55.');
  });

  it('/réseau liste, /persona liste and /relances show 50, then the 5 after them', async () => {
    for (const [command, next] of [
      ['/réseau liste', '/réseau liste début:51'],
      ['/persona liste', '/persona liste début:51'],
    ]) {
      const first = await core.run(command as string);
      expect(tableOf(first).rows, command).toHaveLength(50);
      expect(teamsSuite(first), command).toBe(next);
      const rest = await core.run(next as string);
      expect(tableOf(rest).rows, next).toHaveLength(5);
      expect(tableOf(rest).caption, next).toBe('Lignes 51 à 55 sur 55.');
    }
    const followUps = await core.run('/relances');
    const rows = followUps.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(rows).toHaveLength(50);
    expect(teamsSuite(followUps)).toBe('/relances début:51');
    const rest = await core.run('/relances début:51');
    const restRows = rest.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(restRows).toHaveLength(5);
    expect(new Set([...rows, ...restRows].map((r) => r[0])).size).toBe(55);
    expect(teamsSuite(rest)).toBeUndefined();
  });

  it('/audit lists 50 entries, then the rest, newest first', async () => {
    const first = await core.run('/audit action:request');
    expect(tableOf(first).rows).toHaveLength(50);
    expect(teamsSuite(first)).toMatch(/^\/audit .*début:51$/);
    const next = await core.run('/audit action:request début:51');
    expect(tableOf(next).rows).toHaveLength(5);
    expect(tableOf(next).caption).toBe('Lignes 51 à 55 sur 55.');
  });
});
