import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type CoreDeps, dispatch, type Invocation } from '../../src/core/dispatch.ts';
import { earlierAnswer, RECEIPT_TTL_MS, receiptsCollection } from '../../src/once/index.ts';
import { createTestCore } from '../helpers/core.ts';

const SIGNED = '/log kind:visit outcome:signed prospect:"Boulangerie Martin" amount:1200';

const invocation = (text: string, key?: string, o: { team?: string; user?: string } = {}): Invocation => ({
  channel: 'web',
  teamId: `local:${o.team ?? 'acme'}`,
  teamName: o.team ?? 'acme',
  user: { id: `web:${o.user ?? 'alice'}`, displayName: o.user ?? 'alice' },
  input: { kind: 'text', text },
  ...(key !== undefined && { idempotencyKey: key }),
});

const signedVisits = (deps: CoreDeps, team = 'acme') =>
  deps.store.transact(`local:${team}`, (tx) =>
    tx.activities.all().filter((a) => a.kind === 'visit' && a.outcome === 'signed'),
  );

describe('exactly once', () => {
  let core: Awaited<ReturnType<typeof createTestCore>> | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
  });

  it('saves a delivery once and answers its repeat "already saved" with the first reference', async () => {
    core = await createTestCore();
    const first = await dispatch(invocation(SIGNED, 'web:form:f1'), core.deps);
    expect(first.tone).toBe('success');
    expect(first.reference).toMatch(/^A-/);
    const again = await dispatch(invocation(SIGNED, 'web:form:f1'), core.deps);
    expect(again).toMatchObject({
      title: 'Déjà enregistré',
      tone: 'info',
      reference: first.reference,
      followUps: [],
      data: {
        repeat: true,
        reference: first.reference,
        title: first.title,
        firstAt: '2026-11-28T09:00:00.000Z',
      },
    });
    expect(again.blocks).toEqual([
      {
        type: 'text',
        text: `Cette demande a déjà été enregistrée sous la référence ${first.reference} : rien n’a été enregistré une seconde fois.\nPremière réponse : « ${first.title} ».`,
      },
    ]);
    expect(again.broadcast).toBeUndefined();
    expect((await signedVisits(core.deps)).map((a) => a.id)).toEqual([first.reference]);
  });

  it('answers the repeat in English for an English user', async () => {
    core = await createTestCore();
    const first = await dispatch({ ...invocation(SIGNED, 'k'), locale: 'en' }, core.deps);
    const again = await dispatch({ ...invocation(SIGNED, 'k'), locale: 'en' }, core.deps);
    expect(again.title).toBe('Already saved');
    expect(again.blocks[0]).toEqual({
      type: 'text',
      text: `This request was already saved as ${first.reference}: nothing was saved a second time.\nFirst answer: “${first.title}”.`,
    });
  });

  it('saves two deliveries with different keys, or without a key, twice', async () => {
    core = await createTestCore();
    await dispatch(invocation(SIGNED, 'k1'), core.deps);
    await dispatch(invocation(SIGNED, 'k2'), core.deps);
    await dispatch(invocation(SIGNED), core.deps);
    await dispatch(invocation(SIGNED), core.deps);
    expect(await signedVisits(core.deps)).toHaveLength(4);
  });

  it('keeps keys per team and per user', async () => {
    core = await createTestCore();
    await dispatch(invocation(SIGNED, 'k'), core.deps);
    const otherTeam = await dispatch(invocation(SIGNED, 'k', { team: 'ouest' }), core.deps);
    const otherUser = await dispatch(invocation(SIGNED, 'k', { user: 'bob' }), core.deps);
    expect([otherTeam.tone, otherUser.tone]).toEqual(['success', 'success']);
    expect(await signedVisits(core.deps)).toHaveLength(2);
    expect(await signedVisits(core.deps, 'ouest')).toHaveLength(1);
  });

  it('makes check-and-save atomic: two concurrent deliveries of one key save one visit', async () => {
    core = await createTestCore();
    const replies = await Promise.all([
      dispatch(invocation(SIGNED, 'twice'), core.deps),
      dispatch(invocation(SIGNED, 'twice'), core.deps),
    ]);
    expect(replies.map((r) => r.tone).sort()).toEqual(['info', 'success']);
    expect(replies[0]?.reference).toBe(replies[1]?.reference);
    expect(await signedVisits(core.deps)).toHaveLength(1);
  });

  it('remembers a key across a restart (the store reopened from the same folder)', async () => {
    core = await createTestCore();
    const first = await dispatch(invocation(SIGNED, 'restart'), core.deps);
    await core.store.close();
    const store = await core.reopen();
    const deps = { ...core.deps, store };
    try {
      const again = await dispatch(invocation(SIGNED, 'restart'), deps);
      expect(again).toMatchObject({ title: 'Déjà enregistré', reference: first.reference });
      expect(await signedVisits(deps)).toHaveLength(1);
    } finally {
      await store.close();
      await rm(core.dir, { recursive: true, force: true });
      core = undefined;
    }
  });

  it('stores no receipt for a failed delivery, so the corrected retry with the same key saves', async () => {
    core = await createTestCore();
    const failed = await dispatch(invocation(`${SIGNED} date:demain-matin`, 'fix'), core.deps);
    expect(failed.error?.field).toBe('date');
    const fixed = await dispatch(invocation(SIGNED, 'fix'), core.deps);
    expect(fixed.tone).toBe('success');
    const again = await dispatch(invocation(SIGNED, 'fix'), core.deps);
    expect(again.reference).toBe(fixed.reference);
    expect(await signedVisits(core.deps)).toHaveLength(1);
  });

  it('stores no receipt for a read: the same key asked again reads again', async () => {
    core = await createTestCore();
    await dispatch(invocation(SIGNED), core.deps);
    const read = await dispatch(invocation('/funnel period:this-week', 'read'), core.deps);
    const again = await dispatch(invocation('/funnel period:this-week', 'read'), core.deps);
    expect(read.error).toBeUndefined();
    expect(again.title).toBe(read.title);
    expect(again.data?.repeat).toBeUndefined();
    const receipts = await core.store.transact('local:acme', (tx) => tx.collection(receiptsCollection).size);
    expect(receipts).toBe(0);
  });

  it('keeps a receipt at least a day, and prunes it after two days on a later save', async () => {
    let now = new Date('2026-11-28T09:00:00Z');
    core = await createTestCore();
    const deps = { ...core.deps, clock: () => now };
    const first = await dispatch(invocation(SIGNED, 'old'), deps);
    now = new Date(now.getTime() + 24 * 3_600_000);
    expect((await dispatch(invocation(SIGNED, 'old'), deps)).reference).toBe(first.reference);
    now = new Date(now.getTime() + RECEIPT_TTL_MS - 23 * 3_600_000);
    const later = await dispatch(invocation(SIGNED, 'new'), deps);
    expect(later.tone).toBe('success');
    const kept = await core.store.transact('local:acme', (tx) =>
      tx
        .collection(receiptsCollection)
        .all()
        .map((r) => ({ id: r.id, reference: r.reference })),
    );
    expect(kept).toEqual([{ id: 'web:alice|new', reference: later.reference }]);
    expect(RECEIPT_TTL_MS).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it('finds the earlier answer of a key without running a command (a form lost with a restart)', async () => {
    core = await createTestCore();
    const first = await dispatch(invocation(SIGNED, 'form:abc'), core.deps);
    const now = new Date('2026-11-28T10:00:00Z');
    const q = { teamId: 'local:acme', userId: 'web:alice', key: 'form:abc', now };
    expect(await earlierAnswer(core.store, { ...q, locale: 'en' })).toMatchObject({
      title: 'Already saved',
      reference: first.reference,
      locale: 'en',
    });
    expect((await earlierAnswer(core.store, q))?.title).toBe('Déjà enregistré');
    expect(await earlierAnswer(core.store, { ...q, key: 'form:other' })).toBeUndefined();
    expect(await earlierAnswer(core.store, { ...q, teamId: 'local:nobody' })).toBeUndefined();
    expect(await core.store.listTeams()).not.toContain('local:nobody');
  });
});
