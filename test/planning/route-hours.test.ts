import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28
});
afterEach(async () => {
  await core.close();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON shapes of replies
type Data = Record<string, any>;

async function fourInLyon() {
  for (const [name, cp, lat, lon] of [
    ['Lyon 1', '69001', 45.7676, 4.8344],
    ['Villeurbanne', '69100', 45.7719, 4.8902],
    ['Venissieux', '69200', 45.6975, 4.8867],
    ['Caluire', '69300', 45.7953, 4.8464],
  ] as const) {
    await core.run(`/prospect add "${name}" postal_code:${cp}`);
    await core.run(`/prospect locate "${name}" lat:${lat} lon:${lon}`);
  }
}

describe('/plan route within working hours', () => {
  it('starts at 8:30, takes the lunch break 12:00–13:30 instead of running a visit into it', async () => {
    await fourInLyon();
    const r = await core.run('/plan route date:2026-12-01 prospects:"P-1, P-2, P-3, P-4" visit_duration:90');
    expect(r.error).toBeUndefined();
    const d = r.data as Data;
    expect(d.hours).toEqual({ morning: ['08:30', '12:00'], afternoon: ['13:30', '18:00'] });
    const [a, b, c, e] = d.stops as Data[];
    expect(a?.arrive).toBe('08:30'); // no start point: the first visit starts at 8:30
    expect(b?.leave < '12:00').toBe(true); // two 90-min visits fit in the morning
    expect(c).toMatchObject({ arrive: '13:30', leave: '15:00', after_lunch: true });
    expect(e?.after_lunch).toBe(false);
    expect(d.stops.every((s: Data) => s.after_hours === false)).toBe(true);
    const table = r.blocks.find((x) => x.type === 'table');
    expect(table?.type === 'table' && table.rows.find((row) => row[1] === 'Pause déjeuner')).toEqual([
      '',
      'Pause déjeuner',
      '',
      '',
      '12:00',
      '13:30',
    ]);
  });

  it('takes the hours typed, and says which visits end after them', async () => {
    await fourInLyon();
    const r = await core.run(
      '/plan route date:2026-12-01 prospects:"P-1, P-2, P-3, P-4" horaires:"9h-12h / 14h-16h" visit_duration:60',
    );
    const d = r.data as Data;
    expect(d.stops[0].arrive).toBe('09:00');
    expect(d.stops.map((s: Data) => s.after_hours)).toEqual([false, false, false, true]);
    expect(
      r.blocks.some((x) => x.type === 'text' && x.text.includes('Visites 4 : finissent après 16:00')),
    ).toBe(true);
    const bad = await core.run('/plan route date:2026-12-01 prospects:"P-1" hours:"9h-17h"');
    expect(bad.error).toMatchObject({ code: 'route_hours_invalid', field: 'hours' });
    expect(bad.error?.message).toContain('8:30-12:00, 13:30-18:00');
  });

  it('plans no Saturday, Sunday or public holiday unless asked, and defaults to the next working day', async () => {
    await fourInLyon();
    const before = await core.snapshot();
    for (const [date, word] of [
      ['2026-12-05', 'samedi'],
      ['2026-12-06', 'dimanche'],
      ['2026-12-25', 'jour férié'],
    ] as const) {
      const r = await core.run(`/plan route date:${date} prospects:"P-1"`);
      expect(r.error).toMatchObject({ code: 'route_day_off', field: 'date' });
      expect(r.error?.message).toContain(word);
      expect(r.error?.message).toContain('jour_non_ouvré:oui');
    }
    expect(await core.snapshot()).toEqual(before);
    const en = await core.run('/plan route date:2026-12-25 prospects:"P-1"', { locale: 'en' });
    expect(en.error?.message).toContain('a public holiday');
    const asked = await core.run('/plan route date:2026-12-05 prospects:"P-1" jour_non_ouvré:oui');
    expect((asked.data as Data).date).toBe('2026-12-05');
    // Today is Saturday 28 November: without a date, Monday 30.
    const next = await core.run('/plan route prospects:"P-1"');
    expect((next.data as Data).date).toBe('2026-11-30');
  });
});
