import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

// 00:28 in Paris on Saturday 5 December 2026; still Friday 4 December (18:28) in Montreal.
const POSTED = new Date('2026-12-04T23:28:00Z');

const fieldValue = (r: Awaited<ReturnType<Core['run']>>, label: string): string | undefined =>
  r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)?.value;

const tableDates = (r: Awaited<ReturnType<Core['run']>>): string[] =>
  r.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => String(row[1])) : []));

describe('watch notes show the team’s day, not UTC’s', () => {
  it('a note posted at 00:28 Paris time on 5 December reads 5 déc. / 5 Dec', async () => {
    core = await createTestCore(POSTED);
    const posted = await core.run(
      '/veille publier type:digitale titre:"Site" texte:"Nouveau site du concurrent"',
    );
    expect(posted.error).toBeUndefined();
    expect(fieldValue(await core.run('/veille voir W-1'), 'Date')).toBe('5 déc. 2026');
    const en = await core.run('/watch show W-1', { locale: 'en' });
    expect(fieldValue(en, 'Date')).toBe('5 Dec 2026');
    expect(tableDates(await core.run('/veille chercher'))).toEqual(['5 déc. 2026']);
    // `depuis` counts in the team's days too: the note is of the 5th.
    expect(tableDates(await core.run('/veille chercher depuis:2026-12-05'))).toEqual(['5 déc. 2026']);
  });

  it('in America/Montreal the same instant is 4 December', async () => {
    core = await createTestCore(POSTED);
    expect((await core.run('/settings timezone:America/Montreal')).error).toBeUndefined();
    await core.run('/watch post type:digital title:"Site" body:"New site"', { locale: 'en' });
    expect(fieldValue(await core.run('/watch show W-1', { locale: 'en' }), 'Date')).toBe('4 Dec 2026');
    expect(tableDates(await core.run('/veille chercher depuis:2026-12-05'))).toEqual([]);
  });

  it('the digest of the week counts a note by the team’s day', async () => {
    // Sunday 29 November 23:30 UTC is Monday 30 November 00:30 in Paris: week 49, not week 48.
    core = await createTestCore(new Date('2026-11-29T23:30:00Z'));
    await core.run('/veille publier type:digitale titre:"Site" texte:"Nouveau site"');
    const w48 = await core.run('/veille résumé période:2026-W48');
    const w49 = await core.run('/veille résumé période:2026-W49');
    expect(w48.data?.notes).toEqual([]);
    expect((w49.data?.notes as { id: string }[] | undefined)?.map((n) => n.id)).toEqual(['W-1']);
  });
});
