import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { coerceArgs } from '../../src/core/coerce.ts';
import { parseCommandText } from '../../src/core/grammar.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { resolveText } from '../../src/core/resolve.ts';
import { quoteValue, retype } from '../../src/core/typed-command.ts';
import { ACTIVITY_KINDS, type Locale, OUTCOMES } from '../../src/domain/ids.ts';

const registry = createRegistry(commands);

/** The validated arguments of a typed command, as dispatch gives them to the handler. */
async function argsOf(text: string, locale: Locale): Promise<unknown> {
  const { action, raw } = resolveText(registry, parseCommandText(text));
  return coerceArgs(action, raw, { today: '2026-11-28', locale });
}

describe('a command typed again from its arguments', () => {
  it('quotes values with spaces, colons or quotes so that they come back whole', () => {
    expect(quoteValue('P-12')).toBe('P-12');
    expect(quoteValue('Boulangerie Martin')).toBe('"Boulangerie Martin"');
    expect(quoteValue('voir http://x.fr')).toBe('"voir http://x.fr"');
    expect(quoteValue('Le "Fournil"')).toBe('« Le "Fournil" »');
  });

  const locales: Locale[] = ['fr', 'en'];
  it.each(locales)(
    'gives back the same arguments for every kind and outcome, and every value (%s)',
    async (locale) => {
      for (const kind of ACTIVITY_KINDS)
        for (const outcome of OUTCOMES) {
          const args = {
            kind,
            outcome,
            prospect: 'Le "Fournil" d’Élise',
            date: '2026-11-27',
            ...(outcome === 'signed' && { amount: 1234.5, margin: -20.25 }),
            duration: 90,
            km: 12,
            note: 'Rappeler « mardi » : voir http://x.fr',
            new: true,
          };
          const text = retype(registry, { command: 'log' }, args, locale);
          expect([text.split(' ')[0], await argsOf(text, locale)]).toEqual([
            locale === 'fr' ? '/journal' : '/log',
            args,
          ]);
        }
    },
  );

  it('names a subcommand in the user’s language', () => {
    expect(
      retype(
        registry,
        { command: 'prospect', subcommand: 'add' },
        { name: 'Garage Dupont', new: true },
        'fr',
      ),
    ).toBe('/prospect ajouter nom:"Garage Dupont" nouveau:oui');
  });
});
