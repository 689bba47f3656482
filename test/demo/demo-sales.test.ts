import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { salesData } from '../../src/portfolio/collection.ts';
import { requestsCollection } from '../../src/privacy/requests.ts';
import { competitorsCollection } from '../../src/watch/competitors.ts';
import { notesCollection } from '../../src/watch/entities.ts';
import { demoStore } from '../helpers/demo-store.ts';

const NOW = new Date('2026-11-25T14:30:00Z');
const demo = demoStore('demo-sales', NOW);
const run = (text: string): Promise<Reply> => demo.run(text);

describe('the demo team’s sales history, competitors and watch', () => {
  it('has three years of sales in line with the company profile (≈ 1.85 M€ a year, 36 % markup)', async () => {
    const years = [];
    for (const year of [2024, 2025, 2026]) {
      const r = await run(`/portfolio summary year:${year}`);
      expect(r.error).toBeUndefined();
      years.push(r.data as { revenue_total: number; order_count: number; customer_count: number });
    }
    for (const y of years) {
      expect(y.revenue_total).toBeGreaterThan(1_400_000);
      expect(y.revenue_total).toBeLessThan(2_200_000);
      expect(y.order_count).toBeGreaterThan(200);
    }
    const value = (await run('/portfolio value year:2025')).data as {
      markup_rate: { value: number };
      cac: { value: number } | null;
    };
    expect(value.markup_rate.value).toBeGreaterThan(0.3);
    expect(value.markup_rate.value).toBeLessThan(0.45);
  });

  it('invoices each customer the demo replay won, from the signed amount', async () => {
    const { signed, refs } = await demo.store.transact('local:demo', (tx) => ({
      signed: tx.activities.all().filter((a) => a.outcome === 'signed' && a.amount !== undefined),
      refs: new Set(salesData(tx).customers.map((c) => c?.ref)),
    }));
    expect(signed.length).toBeGreaterThan(5);
    for (const a of signed) expect(refs.has(a.prospectId), a.prospectId).toBe(true);
  });

  it('tracks competitors with a SWOT, watch notes of the last three months and a rights register', async () => {
    const data = await demo.store.transact('local:demo', (tx) => ({
      competitors: tx.collection(competitorsCollection).all(),
      notes: tx.collection(notesCollection).all(),
      requests: tx.collection(requestsCollection).all(),
    }));
    expect(data.competitors.length).toBe(4);
    for (const c of data.competitors)
      expect(new Set(c.swot.map((l) => l.kind))).toEqual(
        new Set(['strength', 'weakness', 'opportunity', 'threat']),
      );
    const names = new Set(data.competitors.map((c) => c.name));
    for (const n of data.notes.filter((n) => n.competitor)) expect(names.has(n.competitor ?? '')).toBe(true);
    const week = data.notes.filter((n) => n.createdAt >= '2026-11-19');
    expect(week.length).toBeGreaterThanOrEqual(3);
    expect(data.notes.every((n) => n.createdAt <= NOW.toISOString())).toBe(true);
    expect(data.requests.some((r) => r.status === 'open' && r.kind === 'access')).toBe(true);
  });
});
