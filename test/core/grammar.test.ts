import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { parseCommandText } from '../../src/core/grammar.ts';

describe('parseCommandText', () => {
  it('splits a /log line with quoted values and a colon inside a quoted note', () => {
    expect(
      parseCommandText(
        '/log kind:call outcome:appointment prospect:"Boulangerie Martin" date:hier note:"Tél: rappeler à 14:30"',
      ),
    ).toEqual({
      command: 'log',
      words: [],
      named: [
        { key: 'kind', value: 'call' },
        { key: 'outcome', value: 'appointment' },
        { key: 'prospect', value: 'Boulangerie Martin' },
        { key: 'date', value: 'hier' },
        { key: 'note', value: 'Tél: rappeler à 14:30' },
      ],
    });
  });

  it('accepts French quotes, accents in option names, and no leading slash', () => {
    expect(parseCommandText('journal type:appel résultat:rdv prospect:«Garage Dupont»')).toEqual({
      command: 'journal',
      words: [],
      named: [
        { key: 'type', value: 'appel' },
        { key: 'résultat', value: 'rdv' },
        { key: 'prospect', value: 'Garage Dupont' },
      ],
    });
  });

  it('runs an unquoted value until the next option, and takes "name: value" with a space', () => {
    expect(parseCommandText('/log prospect: Boulangerie Martin montant:1 234,50 kind:call').named).toEqual([
      { key: 'prospect', value: 'Boulangerie Martin' },
      { key: 'montant', value: '1 234,50' },
      { key: 'kind', value: 'call' },
    ]);
  });

  it('keeps bare words before the first option as subcommand and positional values', () => {
    expect(parseCommandText('/prospect show P-12')).toEqual({
      command: 'prospect',
      words: ['show', 'P-12'],
      named: [],
    });
    expect(parseCommandText('funnel this-week compare:previous').words).toEqual(['this-week']);
  });

  it('refuses an unclosed quote with a user error', () => {
    expect(() => parseCommandText('/log note:"oops')).toThrow(UserError);
    try {
      parseCommandText('/log note:"oops');
    } catch (e) {
      expect((e as UserError).code).toBe('unclosed_quote');
    }
  });

  it('refuses an empty command', () => {
    expect(() => parseCommandText('   /  ')).toThrowError(/empty_command/);
  });
});
