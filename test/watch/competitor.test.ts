import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const fieldValue = (r: Reply, label: string) =>
  r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)?.value;

describe('/competitor', () => {
  it('is created by the first note that names it and gathers notes, SWOT and prospects', async () => {
    const post = await core.run(
      '/veille publier type:concurrentielle titre:"Durand baisse ses prix" texte:"-10 %" concurrent:Durand prospect:"Garage Martin"',
    );
    expect(post.error).toBeUndefined();
    expect(post.blocks.map((b) => (b.type === 'text' ? b.text : ''))).toContain(
      'Concurrent « Durand » ajouté (K-1) : voir /concurrent voir K-1.',
    );
    await core.run('/veille publier type:commerciale titre:"Salon" texte:"Stand Durand" concurrent:durand');
    const again = await core.run('/concurrent ajouter DURAND');
    expect(again.data?.created).toBe(false);
    const swot = await core.run('/concurrent swot Durand type:faiblesse texte:"Livre en 3 semaines"');
    expect(swot.error).toBeUndefined();
    const card = await core.run('/concurrent voir durand');
    expect(card.title).toBe('Durand (K-1)');
    expect(card.data?.notes).toEqual(['W-2', 'W-1']);
    expect(fieldValue(card, 'Faiblesses')).toBe('• Livre en 3 semaines');
    expect(fieldValue(card, 'Forces')).toBe('aucune ligne');
    expect(fieldValue(card, 'Rencontré chez')).toBe('Garage Martin (P-1)');
    const list = await core.run('/competitor list', { locale: 'en' });
    expect(list.data?.competitors).toEqual([{ id: 'K-1', name: 'Durand', notes: 2 }]);
    const missing = await core.run('/competitor show Durant', { locale: 'en' });
    expect(missing.error?.code).toBe('competitor_not_found');
    expect(missing.error?.message).toContain('Durand');
    const other = await core.run('/competitor list', { team: 'other' });
    expect(other.data?.competitors).toEqual([]);
  });
});
