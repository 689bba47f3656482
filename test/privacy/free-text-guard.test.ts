import { describe, expect, it } from 'vitest';
import { scanFreeText } from '../../src/privacy/free-text-guard.ts';
import { createTestCore } from '../helpers/core.ts';

const categories = (s: string) => scanFreeText(s).map((f) => f.category);

describe('free-text guard (CNIL)', () => {
  it.each([
    ['client alcoolique', ['health']],
    ['cliente avec problème cardiaque', ['health']],
    ['Cliente avec PROBLEME CARDIAQUE depuis mars', ['health']],
    ["n'a pas de cerveau", ['insult']],
    ['gérant syndiqué à la CGT, méfiant', ['union']],
    ['patron très pratiquant, fermé le vendredi', ['religion']],
    ['the buyer is an alcoholic', ['health']],
    ['a déjà été condamnée pour fraude', ['offence']],
    ['appeler le 04 78 00 00 00', ['phone']],
    ['rappeler au +33 6 12 34 56 78 après 18h', ['phone']],
    ['écrire à jean.dupont@acme.fr', ['email']],
  ])('flags %j', (sentence, expected) => {
    expect(categories(sentence)).toEqual(expected);
  });

  it.each([
    'échange difficile avec le client',
    // A profession says what the customer does, not anything about someone's health.
    'le cardiologue du cabinet veut un devis',
    'contrat signé pour 3 ans, rappeler en mars',
    'Le concurrent a baissé ses prix de 10 %',
    'La droguerie Martin veut une enceinte Bluetooth pour la vitrine',
    'devis de 1 234,50 € envoyé le 12/11, relance le 20',
    'maladroit au téléphone mais intéressé',
    'contacter le service comptable',
  ])('passes %j', (sentence) => {
    expect(categories(sentence)).toEqual([]);
  });
});

describe('the guard on watch notes', () => {
  it('asks to confirm, stores when confirmed, and refuses with no override in block mode', async () => {
    const core = await createTestCore();
    try {
      const warned = await core.run(
        '/veille publier type:commerciale titre:"Client" texte:"client alcoolique"',
      );
      expect(warned.error?.code).toBe('free_text_sensitive');
      expect(warned.error?.field).toBe('body');
      expect(warned.error?.message).toContain('santé (alcoolique)');
      expect(warned.error?.message).toContain('confirmer:oui');
      const confirmed = await core.run(
        '/veille publier type:commerciale titre:"Client" texte:"client alcoolique" confirmer:oui',
      );
      expect(confirmed.error).toBeUndefined();
      await core.run('/watch settings free_text_guard:block');
      const blocked = await core.run(
        '/watch post type:commercial title:"Call" body:"call 04 78 00 00 00" confirm:true',
        {
          locale: 'en',
        },
      );
      expect(blocked.error?.code).toBe('free_text_blocked');
      expect(blocked.error?.message).toContain('phone number (04 78 00 00 00)');
    } finally {
      await core.close();
    }
  });
});

describe('the guard on activity and prospect notes', () => {
  it('warns on /log and /prospect notes and stores them once confirmed', async () => {
    const core = await createTestCore();
    try {
      const log = await core.run(
        '/journal type:appel résultat:refus prospect:"Garage Dupont" note:"n’a pas de cerveau"',
      );
      expect(log.error?.code).toBe('free_text_sensitive');
      expect(log.error?.field).toBe('note');
      expect(
        await core.snapshot().then((s) => Object.keys(s).filter((f) => f.includes('activities'))),
      ).toEqual([]);
      const ok = await core.run(
        '/journal type:appel résultat:refus prospect:"Garage Dupont" note:"échange difficile avec le client"',
      );
      expect(ok.error).toBeUndefined();
      const prospect = await core.run('/prospect add "Cabinet Martin" note:"appeler le 04 78 00 00 00"');
      expect(prospect.error?.code).toBe('free_text_sensitive');
      const confirmed = await core.run(
        '/prospect add "Cabinet Martin" note:"appeler le 04 78 00 00 00" confirmer:oui',
      );
      expect(confirmed.error).toBeUndefined();
    } finally {
      await core.close();
    }
  });
});
