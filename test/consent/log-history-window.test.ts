import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactBreaches, historyFrom } from '../../src/consent/contact-rules.ts';
import { consentHistory } from '../../src/consent/current.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

// Wednesday 9 December 2026, 11:00 in Paris.
const now = new Date('2026-12-09T10:00:00Z');
const TEAM = 'local:acme';
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(now);
});
afterEach(async () => {
  await core.close();
});

type LogData = { activity: Activity; warnings: { code: string }[] };

/** The rules judged over the prospect's whole history, as /log did before it read only a window. */
const overWholeHistory = (activity: Activity) =>
  core.store.transact(TEAM, (tx) => {
    const prospect = tx.prospects.get(activity.prospectId);
    if (!prospect) throw new Error(`no ${activity.prospectId}`);
    const { compliance: _flag, ...typed } = activity;
    return contactBreaches(prospect, typed, {
      activities: tx.activities.all().filter((a) => a.prospectId === prospect.id),
      consents: consentHistory(tx, prospect.id),
    }).map((b) => b.code);
  });

describe('/log judges a consumer contact on the days the rules read', () => {
  it('starts 59 days before the contact’s day', () => {
    expect(historyFrom('2026-12-04')).toBe('2026-10-06');
    expect(historyFrom('2026-03-01')).toBe('2026-01-01');
  });

  it('flags as the whole history would: refusals on the window’s edge, later calls, another prospect’s calls', async () => {
    for (const name of ['Jean Martin', 'Paul Durand']) {
      expect((await core.run(`/prospect add "${name}" type:b2c`)).error).toBeUndefined();
      const consent = await core.run(
        `/prospect consent "${name}" channel:phone status:granted date:2026-01-05 proof:"formulaire web"`,
      );
      expect(consent.error).toBeUndefined();
    }
    // P-2's calls are in every shard P-1's are: they must count for neither.
    const history = [
      ['P-1', '2026-03-03', 'refused'],
      ['P-1', '2026-09-01', 'refused'],
      ['P-1', '2026-10-06', 'refused'],
      ['P-1', '2026-11-10', 'no_answer'],
      ['P-1', '2026-11-17', 'no_answer'],
      ['P-1', '2026-11-24', 'no_answer'],
      ['P-2', '2026-11-25', 'no_answer'],
      ['P-2', '2026-11-26', 'no_answer'],
      ['P-2', '2026-11-27', 'refused'],
      ['P-2', '2026-11-30', 'no_answer'],
      ['P-1', '2026-12-01', 'no_answer'],
    ];
    for (const [p, day, outcome] of history) {
      const r = await core.run(`/log kind:call outcome:${outcome} prospect:${p} date:${day} time:10:30`);
      expect(r.error).toBeUndefined();
    }
    const cases: [string, string, string[]][] = [
      // 6 Oct + 60 days = 4 Dec: still barred on the 4th (the refusal is the window's first day)…
      ['P-1', '2026-12-04', ['call_too_many_attempts', 'call_after_refusal']],
      // …and free on Monday the 7th, but for the attempts (five calls since 8 November, with the 4th's).
      ['P-1', '2026-12-07', ['call_too_many_attempts']],
      // Backdated: the calls logged after that day are not its history; 6 Oct is.
      ['P-1', '2026-11-05', ['call_after_refusal']],
      // 3 March and 1 September are over 60 days before: nothing.
      ['P-1', '2026-08-31', []],
      ['P-2', '2026-12-08', ['call_too_many_attempts', 'call_after_refusal']],
    ];
    for (const [p, day, expected] of cases) {
      const r = await core.run(`/log kind:call outcome:reached prospect:${p} date:${day} time:10:30`);
      const data = r.data as LogData;
      expect(
        data.warnings.map((w) => w.code),
        `${p} ${day}`,
      ).toEqual(expected);
      expect(await overWholeHistory(data.activity), `${p} ${day}`).toEqual(expected);
    }
  });
});
