import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;
let core: Core;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const noteOf = (r: { data?: Record<string, unknown> }) => r.data?.note as { id: string; tags: string[] };
const idsOf = (r: { data?: Record<string, unknown> }) =>
  ((r.data?.notes ?? []) as { id: string }[]).map((n) => n.id);

describe('/watch notes', () => {
  it('stores a note with its rating explained in French and English', async () => {
    const r = await core.run(
      '/veille publier type:concurrentielle titre:"Durand baisse ses prix" texte:"Le concurrent Durand a baissé ses prix de 10 %" fiabilité:B crédibilité:2 tags:"prix, #Durand" concurrent:Durand',
    );
    expect(r.error).toBeUndefined();
    expect(noteOf(r).id).toBe('W-1');
    expect(noteOf(r).tags).toEqual(['prix', 'Durand']);
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: 'B2 : source généralement fiable, information probablement vraie',
    });
    const en = await core.run('/watch show W-1', { locale: 'en' });
    const rating = en.blocks
      .flatMap((b) => (b.type === 'fields' ? b.fields : []))
      .find((f) => f.label === 'Rating');
    expect(rating?.value).toBe('B2: usually reliable source, probably true');
    expect(en.title).toContain('Durand baisse ses prix');
  });

  it('refuses a bad source link and writes nothing', async () => {
    const r = await core.run('/watch post type:legal title:"Loi" body:"Texte" source:ftp://x');
    expect(r.error?.code).toBe('invalid_source_url');
    expect(r.error?.field).toBe('source');
    expect(Object.keys(await core.snapshot()).filter((f) => f.includes('notes'))).toEqual([]);
  });

  it('counts a useful mark once per member', async () => {
    await core.run('/watch post type:digital title:"Site" body:"Nouveau site du concurrent"');
    const a = await core.run('/watch useful W-1', { user: 'bob' });
    const b = await core.run('/watch useful W-1', { user: 'bob' });
    const c = await core.run('/watch useful W-1', { user: 'carol' });
    expect([a.data?.useful, b.data?.already, c.data?.useful]).toEqual([1, true, 2]);
  });

  it('lets the author or a manager edit and delete, not another rep', async () => {
    await core.run('/watch post type:digital title:"Site" body:"Nouveau site"');
    await core.run('/help', { user: 'bob' });
    const denied = await core.run('/watch edit W-1 title:"Autre"', { user: 'bob' });
    expect(denied.error?.code).toBe('note_not_yours');
    const ok = await core.run('/watch edit W-1 credibility:1 tags:web');
    expect((ok.data?.note as { credibility?: number } | undefined)?.credibility).toBe(1);
    expect((ok.data?.note as { tags?: string[] } | undefined)?.tags).toEqual(['web']);
    await core.run('/help', { user: 'max', role: 'manager' });
    expect((await core.run('/watch delete W-1', { user: 'max', role: 'manager' })).error).toBeUndefined();
    expect((await core.run('/watch show W-1')).error?.code).toBe('note_not_found');
  });
});

describe('/watch search', () => {
  it('finds words in another inflection, accent- and case-insensitive, best first, in one team only', async () => {
    await core.run(
      '/watch post type:competitive title:"Prix en baisse chez Durand" body:"Durand a baissé ses tarifs"',
    );
    await core.run(
      '/watch post type:legal title:"Loi démarchage" body:"Le consentement préalable devient obligatoire"',
    );
    await core.run('/watch post type:commercial title:"Salon" body:"Le prix du stand augmente" tags:salon');
    await core.run('/watch post type:competitive title:"Secret" body:"prix baissé"', { team: 'other' });
    const r = await core.run('/watch search baissé prix');
    const ids = idsOf(r);
    expect(ids).toEqual(['W-1', 'W-3']);
    const loi = await core.run('/veille chercher consentements');
    expect(idsOf(loi)).toEqual(['W-2']);
    const filtered = await core.run('/watch search prix type:commercial tag:Salon');
    expect(idsOf(filtered)).toEqual(['W-3']);
    const other = await core.run('/watch search Durand', { team: 'other' });
    expect(other.data?.notes).toEqual([]);
  });
});
