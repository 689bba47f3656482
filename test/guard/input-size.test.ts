import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { renderPlainText } from '../../src/core/render-text.ts';
import { keepInHistory } from '../../src/privacy/chat-history.ts';
import { createTestCore } from '../helpers/core.ts';

describe('size limits on a command, an option value and a note', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeEach(async () => {
    core = await createTestCore();
    await core.run('/prospect add name:Acme');
  });
  afterEach(async () => {
    await core.close();
  });

  it('refuses a note over 2,000 characters with input_too_long, naming the note and echoing only its start', async () => {
    const before = await core.snapshot();
    const note = `Rappeler ${'x'.repeat(2_500)}`;
    const r = await core.run(`/journal type:appel résultat:joint prospect:Acme note:"${note}"`);
    expect(r.error).toMatchObject({ code: 'input_too_long', field: 'note' });
    expect(r.error?.message).toBe(
      'note : trop long, 2\u202f509 caractères pour 2\u202f000 au maximum (« Rappeler xxxxxxxxxxxxxxx… »). Raccourcissez le texte : rien n’a été enregistré.',
    );
    expect(await core.snapshot()).toEqual(before);
  });

  it('refuses a short text option over its own limit, in English too', async () => {
    const r = await core.run(`/prospect add name:"${'Jeanne '.repeat(40)}"`, { locale: 'en' });
    expect(r.error).toMatchObject({ code: 'input_too_long', field: 'name' });
    expect(r.error?.message).toMatch(
      /^name: too long, 279 characters for at most \d+ \(“Jeanne Jeanne Jeanne Jea…”\)/,
    );
  });

  it('refuses a 5 MB command line before reading it, naming the command, and writes nothing', async () => {
    const before = await core.snapshot();
    const huge = `/journal type:appel résultat:joint prospect:Acme note:"${'é'.repeat(5_000_000)}"`;
    const r = await core.run(huge);
    expect(r.error).toMatchObject({ code: 'input_too_long', field: 'command' });
    expect(r.error?.message).toBe(
      'La commande : trop long, 5\u202f000\u202f056 caractères pour 20\u202f000 au maximum (« /journal type:appel résu… »). Raccourcissez le texte : rien n’a été enregistré.',
    );
    expect(renderPlainText(r).length).toBeLessThan(400);
    expect(await core.snapshot()).toEqual(before);
    // Nor is it kept in the terminal's history.
    expect(keepInHistory(huge, core.deps.registry)).toBe(false);
    expect(keepInHistory('/entonnoir cette-semaine', core.deps.registry)).toBe(true);
  });

  it('refuses a form (structured values) whose values together exceed the command limit', async () => {
    const r = await dispatch(
      {
        channel: 'teams',
        teamId: 'local:acme',
        teamName: 'acme',
        user: { id: 'cli:alice', displayName: 'Alice' },
        locale: 'en',
        input: {
          kind: 'structured',
          command: 'log',
          args: { kind: 'call', outcome: 'reached', prospect: 'Acme', note: 'n'.repeat(30_000) },
        },
      },
      { ...core.deps, registry: createRegistry(commands) },
    );
    expect(r.error).toMatchObject({ code: 'input_too_long', field: 'command' });
    expect(r.error?.message).toContain('The command: too long, 30,015 characters for at most 20,000');
  });

  it('documents the limits in the help of a command', async () => {
    const fr = renderPlainText(await core.run('/aide journal'));
    expect(fr).toContain('note        Note factuelle et objective (RGPD) (2000 caractères max)');
    const en = renderPlainText(await core.run('/help log', { locale: 'en' }));
    expect(en).toContain('(at most 2000 characters)');
  });
});
