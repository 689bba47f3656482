import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Action, Command } from '../../src/core/command.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { receiptsCollection } from '../../src/once/index.ts';
import { snapshotTeam } from '../../src/report/snapshot.ts';
import { snapshotTx } from '../../src/report/snapshot-view.ts';
import { notesCollection } from '../../src/watch/entities.ts';
import { demoStore } from '../helpers/demo-store.ts';

const NOW = new Date('2026-11-25T14:30:00Z');
const demo = demoStore('report-thread', NOW);
/** The handlers that ran on this (the main) thread, by command. */
const ran: string[] = [];
const traced = (c: Command): Command => {
  const wrap = (a: Action): Action => ({
    ...a,
    handler: (args, ctx) => {
      ran.push(`${c.name} ${a.name}`);
      return a.handler(args, ctx);
    },
  });
  return { ...c, ...(c.action && { action: wrap(c.action) }), subcommands: c.subcommands.map(wrap) };
};
const registry = createRegistry(commands.map(traced));
const run = (text: string) => demo.run(text, { registry });

describe('the dossier is built off the main thread', () => {
  it('the main thread runs /dossier alone: the sections’ commands run in the worker, from a snapshot', async () => {
    ran.length = 0;
    const r = await run('/dossier format:docx');
    expect(r.error).toBeUndefined();
    expect(ran).toEqual(['report report']);
    // …and the worker did fill every section.
    const sections = (r.data as { sections: { number: string; parts: number; missing: number }[] }).sections;
    expect(sections.find((s) => s.number === '4.2')?.parts).toBeGreaterThan(0);
    expect(sections.filter((s) => s.missing > 0)).toEqual([]);
  }, 120_000);

  it('the snapshot reads as the transaction does, writes nothing, and refuses collections it was not sent', async () => {
    await demo.store.transact('local:demo', async (tx) => {
      const snapshot = await snapshotTeam(tx);
      const view = snapshotTx(snapshot, tx.team);
      expect(view.activities.all()).toEqual(tx.activities.all());
      expect(view.activities.inShards('2026-11-01', '2026-11-15')).toEqual(
        tx.activities.inShards('2026-11-01', '2026-11-15'),
      );
      expect(view.collection(notesCollection).all()).toEqual(tx.collection(notesCollection).all());
      expect(view.prospects.get('P-1')).toEqual(tx.prospects.get('P-1'));
      expect(() => view.prospects.remove('P-1')).toThrow(/writes nothing/);
      expect(() => view.collection(receiptsCollection)).toThrow(/not in the dossier's snapshot/);
    });
  });
});
