import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { completeAnswer, completeLine } from '../../src/cli/complete.ts';
import { describeOptions } from '../../src/core/options.ts';
import { createRegistry } from '../../src/core/registry.ts';

const registry = createRegistry(commands);

describe('terminal chat completion (Tab)', () => {
  it.each([
    ['/jo', 'fr', ['/journal']],
    ['/entonn', 'fr', ['/entonnoir']],
    ['/fun', 'fr', ['/funnel']],
    ['/l', 'en', ['/log']],
    ['jo', 'fr', ['journal']],
    ['/ve', 'fr', ['/veille']],
    ['/zz', 'fr', []],
  ] as const)('%s (%s) → %j', (line, locale, hits) => {
    expect(completeLine(line, registry, locale)).toEqual([hits, line.split(' ').at(-1)]);
  });

  it('lists French names first, then English ones, for a French user', () => {
    const [hits] = completeLine('/p', registry, 'fr');
    expect(hits).toEqual([
      '/prospect',
      '/portefeuille',
      '/portfolio',
      '/profitability',
      '/planifier',
      '/plan',
      '/persona',
    ]);
  });

  it('completes the subcommands of a command', () => {
    expect(completeLine('/veille ch', registry, 'fr')).toEqual([['chercher'], 'ch']);
    expect(completeLine('/watch se', registry, 'en')).toEqual([['search', 'settings'], 'se']);
  });

  it('completes option names in the user’s language and in English, without the ones given', () => {
    expect(completeLine('/journal ty', registry, 'fr')).toEqual([['type:'], 'ty']);
    expect(completeLine('/journal type:appel r', registry, 'fr')).toEqual([
      ['résultat:', 'rep:', 'relance:'],
      'r',
    ]);
    expect(completeLine('/journal résultat:rdv r', registry, 'fr')[0]).not.toContain('résultat:');
    expect(completeLine('/log k', registry, 'en')).toEqual([['kind:', 'km:'], 'k']);
    expect(completeLine('/entonnoir pé', registry, 'fr')).toEqual([['période:'], 'pé']);
  });

  it('completes the choices of an option', () => {
    expect(completeLine('/journal type:ap', registry, 'fr')).toEqual([['type:appel'], 'type:ap']);
    expect(completeLine('/log kind:vi', registry, 'en')).toEqual([['kind:visit'], 'kind:vi']);
  });
});

describe('Tab while the terminal asks a form’s field', () => {
  const log = registry.find('log')?.action;
  if (!log) throw new Error('no /log');
  const field = (name: string) => {
    const o = describeOptions(log.options).find((x) => x.name === name);
    if (!o) throw new Error(`no ${name}`);
    return o;
  };

  it('completes a choice field’s choices in the user’s words, and nothing for a free field', () => {
    expect(completeAnswer(field('outcome'), 'sig', 'fr')).toEqual([['signé', 'signed'], 'sig']);
    expect(completeAnswer(field('kind'), 'vis', 'en')).toEqual([['visit'], 'vis']);
    expect(completeAnswer(field('prospect'), 'Gar', 'fr')).toEqual([[], 'Gar']);
  });
});
