import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { describeOptions } from '../../src/core/options.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { commandReference } from '../../src/help/command-reference.ts';

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

describe('command registry', () => {
  it('has unique names, French names and aliases', () => {
    expect(() => createRegistry(commands)).not.toThrow();
    expect(commands.map((c) => c.name)).toEqual([
      'log',
      'funnel',
      'prospect',
      'activity',
      'import',
      'export',
      'report',
      'portfolio',
      'customer',
      'campaign',
      'dashboard',
      'profitability',
      'method',
      'plan',
      'calc',
      'follow-ups',
      'watch',
      'competitor',
      'company',
      'persona',
      'network',
      'settings',
      'gdpr',
      'audit',
      'channel',
      'help',
    ]);
  });

  it('describes every command, subcommand and option in French and English', () => {
    for (const c of commands) {
      expect(c.name).toMatch(NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description.fr.length).toBeGreaterThan(0);
      expect(c.description.en.length).toBeGreaterThan(0);
      for (const a of c.action ? [c.action] : c.subcommands) {
        expect(a.description.fr, `${c.name} ${a.name}`).not.toBe('');
        expect(a.description.en, `${c.name} ${a.name}`).not.toBe('');
        for (const o of describeOptions(a.options)) {
          expect(o.name, `${c.name}.${o.name}`).toMatch(NAME);
          if (o.frName) expect(o.frName).toMatch(NAME);
          expect(o.description.fr.length, `${c.name}.${o.name} fr`).toBeGreaterThan(0);
          expect(o.description.en.length, `${c.name}.${o.name} en`).toBeGreaterThan(0);
          expect(o.description.fr.length).toBeLessThanOrEqual(100);
          expect(o.description.en.length).toBeLessThanOrEqual(100);
          for (const id of o.choices ?? []) {
            expect(o.choiceLabels?.fr[id], `${c.name}.${o.name}=${id} fr label`).toBeTruthy();
            expect(o.choiceLabels?.en[id], `${c.name}.${o.name}=${id} en label`).toBeTruthy();
          }
        }
      }
    }
  });

  it('docs/commands.md is generated from the registry and up to date (npm run docs)', () => {
    const reference = readFileSync(new URL('../../docs/commands.md', import.meta.url), 'utf8');
    expect(reference).toBe(commandReference());
  });
});
