import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { askMissing, optionsToAsk, questionFor } from '../../src/cli/ask-missing.ts';
import { createRegistry } from '../../src/core/registry.ts';
import type { Locale } from '../../src/domain/ids.ts';
import { createTestCore } from '../helpers/core.ts';

const registry = createRegistry(commands);

/** Answers the questions from a script; records what was asked and said. */
function scripted(answers: (string | undefined)[], locale: Locale = 'fr') {
  const asked: string[] = [];
  const said: string[] = [];
  const queue = [...answers];
  return {
    asked,
    said,
    io: {
      locale,
      ask: async (q: string) => {
        asked.push(q);
        // Past the script, Enter (skips whatever optional option is left).
        return queue.length > 0 ? queue.shift() : '';
      },
      say: (t: string) => said.push(t),
    },
  };
}

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  core = await createTestCore();
});
afterAll(async () => {
  await core.close();
});

describe('a command typed without its options asks for them', () => {
  it('a bare /journal asks its required options first, then the optional ones', () => {
    const names = optionsToAsk('/journal', registry).map((o) => o.name);
    expect(names.slice(0, 3)).toEqual(['kind', 'outcome', 'prospect']);
    expect(names).toContain('date');
    expect(names).toContain('note');
  });

  it('a command missing only some required options asks only those', () => {
    expect(optionsToAsk('/journal type:appel prospect:X', registry).map((o) => o.name)).toEqual(['outcome']);
    expect(optionsToAsk('/journal type:appel résultat:rdv prospect:X', registry)).toEqual([]);
    expect(optionsToAsk('/entonnoir', registry)).toEqual([]);
    expect(optionsToAsk('combien de rdv ?', registry)).toEqual([]);
  });

  it('asks with the localized label and the choices or an example', () => {
    const [kind, , , date] = optionsToAsk('/journal', registry);
    if (!kind || !date) throw new Error('no kind or date option');
    expect(questionFor(kind, 'fr')).toMatch(
      /^Type d’action : appel, visite, e-mail… \[type:\] \(choix : appel, e-mail, SMS, .*\) : $/,
    );
    expect(questionFor(date, 'fr')).toMatch(/^Date .* \[date:\] \(ex\. hier, \d\d\/\d\d ; facultatif\) : $/);
    expect(questionFor(date, 'en')).toMatch(/^Date .* \[date:\] \(e\.g\. yesterday, .*; optional\): $/);
  });

  it('builds the full command from the answers, re-asking an empty required one and a wrong choice', async () => {
    const s = scripted(['appel', '', 'pas-un-resultat', 'rdv', 'Garage Dupont']);
    const line = await askMissing('/journal', optionsToAsk('/journal', registry), s.io);
    expect(s.said[0]).toBe(
      'Il manque des options à /journal : répondez à chaque question (Entrée passe une option facultative, « annuler » abandonne).',
    );
    expect(s.said[1]).toBe('Cette option est obligatoire : donnez une valeur, ou « annuler ».');
    expect(s.said[2]).toContain('« pas-un-resultat »');
    expect(s.asked.slice(0, 5).map((q) => q.match(/\[(\S+:)\]/)?.[1])).toEqual([
      'type:',
      'résultat:',
      'résultat:',
      'résultat:',
      'prospect:',
    ]);
    // Every optional question after that was skipped with Enter.
    expect(line).toBe('/journal kind:appel outcome:rdv prospect:"Garage Dupont"');
  });

  it('explains a value the parsers refuse and asks again, then dispatches the completed line', async () => {
    const s = scripted(['appel', 'rdv', 'Garage Dupont', 'demain-matin', 'hier']);
    const line = await askMissing('/journal', optionsToAsk('/journal', registry), s.io);
    expect(s.said.some((x) => x.includes('demain-matin'))).toBe(true);
    expect(line).toBe('/journal kind:appel outcome:rdv prospect:"Garage Dupont" date:hier');
    const r = await core.run(line as string);
    expect(r.error).toBeUndefined();
    expect(r.data?.activity).toMatchObject({ kind: 'call', outcome: 'appointment', date: '2026-11-27' });
  });

  it.each([['annuler'], ['cancel'], [undefined]])('%s cancels and nothing is sent', async (answer) => {
    const s = scripted(['appel', answer]);
    expect(await askMissing('/journal', optionsToAsk('/journal', registry), s.io)).toBeUndefined();
    expect(s.said.at(-1)).toBe('Commande annulée : rien n’a été enregistré.');
  });

  it('asks in English for an English user', async () => {
    const s = scripted(['call', 'appointment', 'Garage Dupont'], 'en');
    const line = await askMissing('/log', optionsToAsk('/log', registry), s.io);
    expect(s.said[0]).toBe(
      '/log needs more options: answer each question (Enter skips an optional one, “cancel” gives up).',
    );
    expect(s.asked[0]).toMatch(
      /^What you did: call, visit, email… \[kind:\] \(choices: call, email, .*\): $/,
    );
    expect(line).toBe('/log kind:call outcome:appointment prospect:"Garage Dupont"');
  });
});
