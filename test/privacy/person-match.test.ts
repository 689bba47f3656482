import { describe, expect, it } from 'vitest';
import {
  classifyIdentifier,
  personMatcher,
  phoneDigits,
  samePerson,
} from '../../src/privacy/person-match.ts';

const helene = personMatcher({
  prospectIds: new Set(['P-3']),
  names: ['Hélène Lefèvre'],
  emails: ['Helene.Lefevre@Example.fr'],
  phones: ['06 12 34 56 78'],
});

describe('finding a person in free text', () => {
  it.each([
    ['Appelé helene lefevre ce matin', true],
    ['HÉLÈNE LEFÈVRE rappelle lundi', true],
    ['écrire à helene.lefevre@example.fr', true],
    ['son portable : +33 6 12 34 56 78', true],
    ['fixe 0612345678', true],
    ['06.12.34.56.78 le soir', true],
    ['Hélène tout court', false],
    ['06 12 34 56 79', false],
    ['106 12 34 56 78', false],
  ])('%s → %s', (text, expected) => {
    expect(helene.mentions(text)).toBe(expected);
  });

  it('redacts names, their words, e-mails and phones and keeps the rest as typed', () => {
    expect(
      helene.redact(
        'RDV avec Hélène Lefèvre (Mme LEFEVRE), helene.lefevre@example.fr, +33 (0)6 12 34 56 78. Très intéressée.',
      ),
    ).toBe('RDV avec […] (Mme […]), […], […]. Très intéressée.');
  });

  it('leaves a text that does not name the person unchanged', () => {
    expect(helene.redact('Devis envoyé, relancer mardi')).toBe('Devis envoyé, relancer mardi');
  });
});

describe('identifiers', () => {
  it('classifies what was typed', () => {
    expect(classifyIdentifier('a@b.fr')).toBe('email');
    expect(classifyIdentifier('+33 6 12 34 56 78')).toBe('phone');
    expect(classifyIdentifier('Jeanne Dupont')).toBe('name');
    expect(classifyIdentifier('Garage 2000')).toBe('name');
  });

  it('reads French phones in national form', () => {
    expect(phoneDigits('+33 6 12 34 56 78')).toBe('0612345678');
    expect(phoneDigits('0033612345678')).toBe('0612345678');
    expect(phoneDigits('06-12-34-56-78')).toBe('0612345678');
  });

  it('matches a record on name, e-mail or phone, folded', () => {
    const p = helene.person;
    expect(samePerson(p, { name: 'helene lefevre' })).toBe(true);
    expect(samePerson(p, { name: 'Autre', email: 'HELENE.LEFEVRE@example.fr' })).toBe(true);
    expect(samePerson(p, { name: 'Autre', phone: '+33612345678' })).toBe(true);
    expect(samePerson(p, { name: 'Hélène Martin', phone: '0700000000' })).toBe(false);
  });
});
