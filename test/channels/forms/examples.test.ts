import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { formExample } from '../../../src/channels/forms/examples.ts';
import { coerceValue } from '../../../src/core/coerce.ts';
import { describeOptions } from '../../../src/core/options.ts';

const TODAY = '2026-11-28';

describe('form hints', () => {
  it('every example a form shows, in French and in English, is read by the core for its option', async () => {
    let checked = 0;
    for (const c of commands)
      for (const a of c.action ? [c.action] : c.subcommands)
        for (const o of describeOptions(a.options))
          for (const locale of ['fr', 'en'] as const) {
            const example = formExample(o, locale, TODAY);
            if (example === undefined) continue;
            // `ex. 45, 1h30`: each value after the prefix must be accepted, limits included.
            for (const value of example.replace(/^(ex\.|e\.g\.)\s*/, '').split(', ')) {
              const read = coerceValue(o, value, { today: TODAY, locale });
              await expect(read, `${c.name} ${a.name} ${o.name} ${locale}: ${value}`).resolves.toBeDefined();
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(60);
  });

  it('shows the figure a user types: French decimal comma, a day before today', () => {
    const log = commands.find((c) => c.name === 'log')?.action;
    const option = (name: string) =>
      describeOptions(log?.options ?? ({} as never)).find((o) => o.name === name);
    const amount = option('amount');
    const date = option('date');
    if (!amount || !date) throw new Error('no /log amount or date');
    expect(formExample(amount, 'fr')).toBe('ex. 1 234,50');
    expect(formExample(amount, 'en')).toBe('e.g. 1,234.50');
    expect(formExample(date, 'fr', '2026-03-01')).toBe('ex. hier, 28/02');
    expect(formExample(date, 'en', '2026-03-01')).toBe('e.g. yesterday, 2026-02-28');
  });
});
