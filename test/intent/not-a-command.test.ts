import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { findAction, findCommand } from '../../src/core/resolve.ts';
import { closestPointer, POINTERS } from '../../src/intent/keywords.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  core = await createTestCore();
});
afterAll(async () => {
  await core.close();
});

describe('a message that is not a command', () => {
  it('gets a pointer to /aide and the closest command, as information, and writes nothing', async () => {
    const before = await core.snapshot();
    const r = await core.run('combien de rendez-vous cette semaine ?');
    expect(r.tone).toBe('info');
    expect(r.blocks).toEqual([
      {
        type: 'text',
        text: 'Je comprends les commandes : tapez /aide. Pour « combien de rendez-vous cette semaine ? », essayez /entonnoir cette-semaine.',
      },
    ]);
    expect(r.followUps).toEqual([
      { label: '/entonnoir cette-semaine', command: '/entonnoir cette-semaine' },
      { label: 'Toutes les commandes', command: '/aide' },
    ]);
    // Scripts still see that nothing ran (prospecta run exits 2).
    expect(r.error?.code).toBe('not_a_command');
    expect(await core.snapshot()).toEqual(before);
  });

  it.each([
    ['combien de rdv ce mois ?', 'fr', '/entonnoir ce-mois'],
    ['mes ratios du mois dernier', 'fr', '/entonnoir mois-dernier'],
    ['combien de rdv hier', 'fr', '/entonnoir hier'],
    ['combien de signatures', 'fr', '/entonnoir cette-semaine'],
    ['how many appointments last month?', 'en', '/funnel last-month'],
  ] as const)('"%s" (%s) suggests %s, the period it names', async (typed, locale, command) => {
    const r = await core.run(typed, { locale });
    expect(r.followUps[0]?.command).toBe(command);
  });

  it('answers in English for an English user', async () => {
    const r = await core.run('how many appointments this week?', { locale: 'en' });
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: 'I understand commands: type /help. For “how many appointments this week?”, try /funnel this-week.',
    });
  });

  it.each([
    ["J'ai appelé la boulangerie Martin", '/journal'],
    ['des infos sur le marché ?', '/veille chercher'],
    ['quelle est la rentabilité de l’opération', '/rentabilité'],
    ['ma tournée de demain', '/planifier tournée'],
    ['mes relances du jour', '/relances'],
    ['le CA de mes clients', '/portefeuille synthèse'],
    ['/annuler', '/action supprimer'],
    ['je me suis trompé, effacer ma dernière saisie', '/action supprimer'],
    ['« bonjour', undefined],
    ['bonjour', undefined],
  ])('"%s" points to %s', async (typed, command) => {
    const r = await core.run(typed);
    expect(r.error?.code).toBe('not_a_command');
    const first = r.blocks[0];
    const shown = first?.type === 'text' ? first.text : '';
    if (command) expect(shown).toContain(`essayez ${command}.`);
    else expect(shown).toBe('Je comprends les commandes : tapez /aide pour les voir toutes.');
  });

  it('asked in words to undo, names the user’s last entry and the command that deletes it', async () => {
    const team = 'undo';
    await core.run('/journal type:appel résultat:joint prospect:"Boulangerie Martin" date:2026-11-20', {
      team,
    });
    const mine = await core.run('/journal type:visite résultat:rdv prospect:"Garage Dupont"', { team });
    // A teammate's later entry is not the user's to undo.
    await core.run('/journal type:appel résultat:refus prospect:"Café Lumière"', { team, user: 'bob' });
    const before = await core.snapshot();
    const r = await core.run('/annuler', { team });
    expect(r.error?.code).toBe('not_a_command');
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: `Je comprends les commandes : tapez /aide. Pour « /annuler », votre dernière saisie est ${mine.reference} (visite, Garage Dupont, 28 nov. 2026) : /action supprimer ${mine.reference} la supprime (récupérable avec /action rétablir).`,
    });
    expect(r.followUps[0]?.command).toBe(`/action supprimer ${mine.reference}`);
    expect(await core.snapshot()).toEqual(before);
    const en = await core.run('/undo', { team, locale: 'en' });
    expect(en.followUps[0]?.command).toBe(`/activity delete ${mine.reference}`);
    // Nothing of the user's: the command alone, its form asks which.
    const bob = await core.run('/annuler', { team: 'undo-empty', user: 'carol' });
    expect(bob.followUps[0]?.command).toBe('/action supprimer');
  });

  it('"/undo" in English points to /activity delete', async () => {
    const r = await core.run('/undo', { locale: 'en' });
    expect(r.error?.code).toBe('not_a_command');
    expect(r.followUps[0]?.command).toBe('/activity delete');
  });

  it('a mistyped command still gets "unknown command" with its closest name', async () => {
    const r = await core.run('/entonoir cette-semaine');
    expect(r.error?.code).toBe('unknown_command');
    expect(r.tone).toBe('error');
  });

  it('plain text naming a command still runs it', async () => {
    const r = await core.run('entonnoir cette-semaine');
    expect(r.error).toBeUndefined();
  });
});

describe('pointer table', () => {
  const registry = createRegistry(commands);
  it.each(POINTERS.flatMap((p) => [p.command.fr, p.command.en]))('%s is a real command', (typed) => {
    const [name, sub] = typed.slice(1).split(' ');
    const command = findCommand(registry, name as string);
    expect(() => findAction(command, command.action ? undefined : sub)).not.toThrow();
  });

  it('a word of no command points nowhere', () => {
    expect(closestPointer('bonjour à tous')).toBeUndefined();
  });
});
