import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { runTerminalCommand } from '../../src/cli/invoke.ts';
import type { Reply } from '../../src/core/reply.ts';
import { runDueReminders } from '../../src/follow-ups/scheduler.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';
import { followUpWorld } from './helpers.ts';

/** Saturday 5 December 2026, 11:00 in Paris; `relance:lundi` is due Monday 7th, 9:00 Paris = 08:00 UTC. */
const SATURDAY = new Date('2026-12-05T10:00:00Z');
const MONDAY_9AM = new Date('2026-12-07T08:00:00Z');
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

let w: Awaited<ReturnType<typeof followUpWorld>>;
afterEach(async () => w?.close());

type Told = { app: number; memberId: string; reply: Reply };
/** A Discord notifier in `app` that records what it is given (it fails while `failing()` says so). */
function listen(app: App, told: Told[], n: number, failing: () => boolean = () => false) {
  outletsOf(app).unshift({
    reaches: ['discord'],
    notify: async (_team, memberId, reply) => {
      if (failing()) throw new Error('Discord unavailable');
      told.push({ app: n, memberId, reply });
      return true;
    },
  });
}

const texts = (r: Reply) => r.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));

describe('follow-up reminders by direct message', () => {
  it('are sent once at 9:00 Paris by two processes ticking together, and not again after a restart', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:lundi', {
      user: 'discord:42',
    });
    const second = await w.open();
    const told: Told[] = [];
    listen(w.app, told, 1);
    listen(second, told, 2);
    expect(await runDueReminders(botFor(w.app), minutes(MONDAY_9AM, -1))).toEqual([]);
    const [a, b] = await Promise.all([
      runDueReminders(botFor(w.app), MONDAY_9AM),
      runDueReminders(botFor(second), MONDAY_9AM),
    ]);
    expect([...a, ...b]).toEqual(['F-1']);
    expect(told).toHaveLength(1);
    expect(told[0]?.memberId).toBe('discord:42');
    expect(told[0]?.reply.title).toBe('🔔 Relance à faire');
    expect(texts(told[0]?.reply as Reply)).toEqual([
      'Boulangerie Martin (P-1) — prévue le 7 déc. 2026 09:00 · F-1',
      '/relances pour les marquer faites ou les reporter.',
    ]);
    const [f] = await w.followUps();
    expect(f).toMatchObject({ remindedAt: MONDAY_9AM.toISOString(), remindedVia: 'direct_message' });
    expect(f?.reminderAttempt).toBeUndefined();

    await w.app.close();
    const restarted = await w.open();
    listen(restarted, told, 3);
    expect(await runDueReminders(botFor(restarted), minutes(MONDAY_9AM, 5))).toEqual([]);
    expect(told).toHaveLength(1);
    // The member's next command does not show it again.
    const next = await w.run('/relances', { user: 'discord:42', via: restarted });
    expect(next.data?.reminders).toBeUndefined();
  });

  it('are caught up once after two days down', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', {
      user: 'discord:42',
    });
    await w.run('/journal type:appel résultat:rappeler prospect:Martin relance:mardi 14h', {
      user: 'discord:42',
    });
    await w.run('/journal type:appel résultat:rappeler prospect:Petit relance:15/12', { user: 'discord:42' });
    const told: Told[] = [];
    listen(w.app, told, 1);
    const wednesday = new Date('2026-12-09T09:30:00Z');
    expect(await runDueReminders(botFor(w.app), wednesday)).toEqual(['F-1', 'F-2']);
    expect(await runDueReminders(botFor(w.app), minutes(wednesday, 1))).toEqual([]);
    expect(told).toHaveLength(1);
    expect(told[0]?.reply.title).toBe('🔔 2 relances à faire');
    expect((await w.followUps()).map((f) => f.remindedAt ?? null)).toEqual([
      wednesday.toISOString(),
      wednesday.toISOString(),
      null,
    ]);
  });

  it('a failed message is retried after 2 minutes and then sent once', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', {
      user: 'discord:42',
    });
    const told: Told[] = [];
    let down = true;
    listen(w.app, told, 1, () => down);
    expect(await runDueReminders(botFor(w.app), MONDAY_9AM)).toEqual([]);
    expect((await w.followUps())[0]?.reminderAttempt).toEqual({
      failures: 1,
      retryAt: '2026-12-07T08:02:00.000Z',
    });
    down = false;
    expect(await runDueReminders(botFor(w.app), minutes(MONDAY_9AM, 1))).toEqual([]);
    expect(await runDueReminders(botFor(w.app), minutes(MONDAY_9AM, 2))).toEqual(['F-1']);
    expect(await runDueReminders(botFor(w.app), minutes(MONDAY_9AM, 3))).toEqual([]);
    expect(told).toHaveLength(1);
  });

  it('a follow-up done or closed before it is due is not reminded; a postponed one is reminded at its new time', async () => {
    w = await followUpWorld(SATURDAY);
    const as = { user: 'discord:42' };
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', as);
    await w.run('/journal type:appel résultat:rappeler prospect:Martin relance:lundi', as);
    await w.run('/journal type:appel résultat:rappeler prospect:Petit relance:lundi', as);
    w.clock.now = minutes(SATURDAY, 60);
    await w.run('/relances fait:F-1', as);
    await w.run('/journal type:visite résultat:rdv prospect:Martin', { user: 'discord:42' });
    const moved = await w.run('/relances reporter:F-3 à:mardi 10h', as);
    expect(moved.title).toBe('Relance F-3 reportée au 8 déc. 2026 10:00');
    const told: Told[] = [];
    listen(w.app, told, 1);
    expect(await runDueReminders(botFor(w.app), MONDAY_9AM)).toEqual([]);
    expect(await runDueReminders(botFor(w.app), new Date('2026-12-08T09:00:00Z'))).toEqual(['F-3']);
    expect(told).toHaveLength(1);
  });
});

describe('a member direct messages cannot reach', () => {
  it('is given up on at once, and finds the reminder in their next private answer, not in a shared one', async () => {
    w = await followUpWorld(SATURDAY);
    const as = { user: 'teams:u1' };
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', as);
    let tries = 0;
    // The Teams notifier says false for a member who never wrote to the bot personally.
    outletsOf(w.app).unshift({
      reaches: ['teams'],
      notify: async () => {
        tries++;
        return false;
      },
    });
    expect(await runDueReminders(botFor(w.app), MONDAY_9AM)).toEqual([]);
    expect(await runDueReminders(botFor(w.app), minutes(MONDAY_9AM, 90))).toEqual([]);
    expect(tries).toBe(1);
    expect((await w.followUps())[0]?.reminderAttempt).toEqual({ failures: 6 });
    w.clock.now = minutes(MONDAY_9AM, 95);
    const shared = await w.run('/canal définir', as);
    expect([shared.visibility, shared.data?.reminders]).toEqual(['shared', undefined]);
    const mine = await w.run('/relances', as);
    expect(mine.data?.reminders).toEqual(['F-1']);
    expect((await w.run('/relances', as)).data?.reminders).toBeUndefined();
    expect((await w.followUps())[0]).toMatchObject({ remindedVia: 'next_command' });
    expect((await w.followUps())[0]?.reminderAttempt).toBeUndefined();
  });

  it('a Discord member’s due reminder is not shown on their commands while direct messages are still tried', async () => {
    w = await followUpWorld(SATURDAY);
    const as = { user: 'discord:7' };
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', as);
    w.clock.now = minutes(MONDAY_9AM, 1);
    expect((await w.run('/relances', as)).data?.reminders).toBeUndefined();
  });
});

describe('follow-up reminders on the next command (terminal, web chat)', () => {
  it('are added below the answer of the next command once, and never sent by the scheduler', async () => {
    w = await followUpWorld(SATURDAY);
    const who = { team: 'acme', user: 'alice', locale: undefined };
    await runTerminalCommand(
      botFor(w.app),
      who,
      '/journal type:appel résultat:rappeler prospect:Durand relance:lundi',
    );
    const told: Told[] = [];
    outletsOf(w.app).unshift({
      reaches: ['cli'],
      notify: async (_t, memberId, reply) => {
        told.push({ app: 1, memberId, reply });
        return true;
      },
    });
    w.clock.now = minutes(MONDAY_9AM, -1);
    expect(texts(await runTerminalCommand(botFor(w.app), who, '/aide')).join('\n')).not.toContain('Relance');
    w.clock.now = minutes(MONDAY_9AM, 30);
    expect(await runDueReminders(botFor(w.app), w.clock.now)).toEqual([]);
    const answer = await runTerminalCommand(botFor(w.app), who, '/aide');
    expect(texts(answer).slice(-3)).toEqual([
      '🔔 Relance à faire',
      'Durand (P-1) — prévue le 7 déc. 2026 09:00 · F-1',
      '/relances pour les marquer faites ou les reporter.',
    ]);
    expect(answer.data?.reminders).toEqual(['F-1']);
    const again = await runTerminalCommand(botFor(w.app), who, '/aide');
    expect(again.data?.reminders).toBeUndefined();
    expect(told).toEqual([]);
    expect((await w.followUps())[0]).toMatchObject({
      remindedAt: minutes(MONDAY_9AM, 30).toISOString(),
      remindedVia: 'next_command',
    });
  });

  it('reach only their own rep, in the web chat too, and never another team', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', { user: 'web:bob' });
    w.clock.now = minutes(MONDAY_9AM, 10);
    expect((await w.run('/relances', { user: 'web:carol' })).data?.reminders).toBeUndefined();
    expect((await w.run('/relances', { user: 'web:bob', team: 'other' })).data?.reminders).toBeUndefined();
    const bob = await w.run('/log kind:call outcome:reached prospect:Petit', {
      user: 'web:bob',
      locale: 'en',
    });
    expect(bob.data?.reminders).toEqual(['F-1']);
    expect(texts(bob)).toContain('Durand (P-1) — due 7 Dec 2026 09:00 · F-1');
  });
});
