import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../src/core/command.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { UserError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/core/logger.ts';
import { opt } from '../../src/core/options.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { type Reply, reply, text } from '../../src/core/reply.ts';
import { openStore } from '../../src/store/index.ts';

const boom = defineCommand({
  name: 'boom',
  description: { fr: 'Plante après avoir écrit', en: 'Crashes after writing' },
  options: z.object({ name: opt.text({ required: true, description: { fr: 'Nom', en: 'Name' } }) }),
  handler(args, ctx) {
    ctx.tx.campaigns.put({ id: 'C-1', name: args.name, createdAt: ctx.now.toISOString() });
    if (args.name === 'crash') throw new Error('disk on fire');
    return reply({ blocks: [] });
  },
});

describe('dispatch', () => {
  it('answers an unexpected error generically with an error id, logs it with context, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-dispatch-'));
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l));
    const store = await openStore({ dir, logger });
    const deps = {
      store,
      registry: createRegistry([boom]),
      logger,
      clock: () => new Date('2026-11-28T09:00:00Z'),
    };
    const base = {
      channel: 'cli' as const,
      teamId: 'local:t',
      teamName: 't',
      user: { id: 'cli:a', displayName: 'A' },
    };
    await dispatch({ ...base, input: { kind: 'text', text: '/boom name:ok' } }, deps);
    const r = await dispatch({ ...base, input: { kind: 'text', text: '/boom name:crash' } }, deps);
    expect(r.error?.code).toBe('internal');
    expect(r.error?.errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(r.error?.message).toContain(`réf. ${r.error?.errorId}`);
    expect(r.error?.message).not.toContain('disk on fire');
    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'command failed');
    expect(logged).toMatchObject({
      errorId: r.error?.errorId,
      teamId: 'local:t',
      userId: 'cli:a',
      command: 'boom',
      options: ['name'],
    });
    // What was typed (a note, a prospect's name) never reaches the process log.
    expect(lines.join('\n')).not.toContain('name:crash');
    expect(String(logged?.error)).toContain('disk on fire');
    const campaigns = await store.transact('local:t', (tx) => tx.campaigns.all().map((c) => c.name));
    expect(campaigns).toEqual(['ok']);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes a reply’s heavy part once the command committed, with the team free meanwhile', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-dispatch-'));
    const store = await openStore({ dir, logger: createLogger('error', () => undefined) });
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const heavy = defineCommand({
      name: 'heavy',
      description: { fr: 'Long', en: 'Long' },
      options: z.object({ name: opt.text({ required: true, description: { fr: 'Nom', en: 'Name' } }) }),
      handler(args, ctx) {
        ctx.tx.campaigns.put({ id: 'C-1', name: args.name, createdAt: ctx.now.toISOString() });
        return reply({
          tone: 'success',
          blocks: [],
          data: { asked: args.name },
          async finish() {
            await gate;
            if (args.name === 'fail') throw new UserError('forbidden', { role: 'x' });
            return { title: 'made', blocks: [text('the file')], data: { bytes: 3 } };
          },
        });
      },
    });
    const deps = {
      store,
      registry: createRegistry([heavy, boom]),
      logger: createLogger('error', () => undefined),
      clock: () => new Date('2026-11-28T09:00:00Z'),
      // As the follow-up reminders do: adds to the answer, in the command's transaction.
      afterCommand: (_ctx: unknown, answer: Reply): Reply => ({
        ...answer,
        blocks: [...answer.blocks, text('a reminder')],
        data: { ...answer.data, reminders: ['F-1'] },
      }),
    };
    const base = {
      channel: 'cli' as const,
      teamId: 'local:t',
      teamName: 't',
      user: { id: 'cli:a', displayName: 'A' },
    };
    const pending = dispatch({ ...base, input: { kind: 'text', text: '/heavy name:dossier' } }, deps);
    // The heavy part waits for the gate: another command on the team is answered meanwhile.
    const other = await dispatch({ ...base, input: { kind: 'text', text: '/boom name:meanwhile' } }, deps);
    expect(other.error).toBeUndefined();
    open();
    const r = await pending;
    expect(r.finish).toBeUndefined();
    expect(r.title).toBe('made');
    expect(r.blocks).toEqual([text('the file'), text('a reminder')]);
    expect(r.data).toEqual({ asked: 'dossier', reminders: ['F-1'], bytes: 3 });
    // A heavy part that fails answers its error; the command's writes were committed before it.
    const failed = await dispatch({ ...base, input: { kind: 'text', text: '/heavy name:fail' } }, deps);
    expect(failed.error?.code).toBe('forbidden');
    expect(failed.tone).toBe('error');
    const campaigns = await store.transact('local:t', (tx) => tx.campaigns.all().map((c) => c.name));
    expect(campaigns).toEqual(['fail']);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
});
