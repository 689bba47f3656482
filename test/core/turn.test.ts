import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { type App, createApp, createAppBot } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Invocation } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { planTurn } from '../../src/core/turn-plan.ts';

const registry = createRegistry(commands);
const typed = (text: string) => planTurn(registry, { kind: 'text', text });

describe('the plan of a turn (pure, the same for every channel)', () => {
  it('marks chart answers slow, /plan time included, and quick commands not', () => {
    expect(typed('/plan time C-2').slow).toBe(true);
    expect(typed('/plan temps période:2027-01 visites:120 appels:600 commerciaux:2').slow).toBe(true);
    expect(typed('/funnel').slow).toBe(true);
    expect(typed('/journal type:appel résultat:rdv prospect:Durand').slow).toBe(false);
  });

  it('shares only when `share` says so, and is private for what is not a command', () => {
    expect(typed('/dashboard partager:oui').visibility).toBe('shared');
    expect(typed('/dashboard').visibility).toBe('private');
    expect(typed('bonjour')).toEqual({ slow: false, visibility: 'private' });
    const structured = planTurn(registry, {
      kind: 'structured',
      command: 'dashboard',
      args: { share: true },
    });
    expect(structured.visibility).toBe('shared');
  });

  it('names the file option and the file given: a turn with a file to fetch is slow', () => {
    const plan = planTurn(registry, {
      kind: 'structured',
      command: 'import',
      subcommand: 'prospects',
      args: { file: '1234' },
    });
    expect([plan.fileOption, plan.fileRef, plan.slow]).toEqual(['file', '1234', true]);
    expect(typed('/importer prospects').fileRef).toBeUndefined();
  });
});

describe('a turn fetches its file before the team is locked', () => {
  let app: App;
  let dir: string;
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  const open = async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-turn-'));
    app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), {
      logger: silentLogger,
      clock: () => new Date('2026-11-28T09:00:00Z'),
    });
    return createAppBot(app, () => []);
  };
  const inv = (user: string, resolveFile: Invocation['resolveFile']): Invocation => ({
    channel: 'discord',
    teamId: 'discord:1',
    teamName: 'Lyon',
    user: { id: user, displayName: user },
    input: { kind: 'structured', command: 'import', subcommand: 'prospects', args: { file: '77' } },
    ...(resolveFile && { resolveFile }),
  });

  it('another command of the team runs while the download is in flight; the import reads the bytes', async () => {
    const bot = await open();
    await bot.handle({ ...inv('discord:admin', undefined), input: { kind: 'text', text: '/aide' } });
    let release = (): void => undefined;
    const downloaded = new Promise<void>((r) => {
      release = r;
    });
    let asked = 0;
    const turn = bot.handle(
      inv('discord:admin', async () => {
        asked++;
        await downloaded;
        return { name: 'p.csv', bytes: new TextEncoder().encode('nom;ville\nBoulangerie Martin;Lyon\n') };
      }),
    );
    while (asked === 0) await new Promise((r) => setImmediate(r));
    // The download is pending: the team is not locked by it.
    const during = await app.deps.store.transact('discord:1', (tx) => tx.prospects.size);
    expect(during).toBe(0);
    release();
    const { reply } = await turn;
    expect(reply.error).toBeUndefined();
    expect(asked).toBe(1);
    expect(await app.deps.store.transact('discord:1', (tx) => tx.prospects.all().map((p) => p.name))).toEqual(
      ['Boulangerie Martin'],
    );
  });

  it('fetches nothing for a member who may not run the command, who is told so', async () => {
    const bot = await open();
    await bot.handle({ ...inv('discord:admin', undefined), input: { kind: 'text', text: '/aide' } });
    let asked = 0;
    const { reply } = await bot.handle(
      inv('discord:rep', async () => {
        asked++;
        return { name: 'p.csv', bytes: new Uint8Array() };
      }),
    );
    expect(reply.error?.code).toBe('forbidden');
    expect(asked).toBe(0);
  });
});

describe('one form policy, planned in the core for every channel', () => {
  const from = (text: string, via: 'typed' | 'button' | 'form') =>
    planTurn(registry, { kind: 'text', text }, via).form;

  it('a bare /log gets its form, asking what is missing, whether typed or from a button', () => {
    expect(typed('/journal').form).toMatchObject({ values: {}, missing: ['kind', 'outcome', 'prospect'] });
    expect(typed('/journal').form?.explain).toBeUndefined(); // nothing typed: nothing is wrong yet
    expect(from('/log', 'button')?.fields.slice(0, 3)).toEqual(['kind', 'outcome', 'prospect']);
  });

  it('a command typed with some options says what is missing; from a button it asks more, and says nothing', () => {
    const typedForm = typed('/journal prospect:"Garage Dupont"').form;
    expect(typedForm).toMatchObject({ values: { prospect: 'Garage Dupont' }, explain: true });
    const button = from('/log kind:visit prospect:P-1', 'button');
    expect(button?.fields.slice(0, 5)).toEqual(['outcome', 'note', 'amount', 'duration', 'date']);
    expect(button?.explain).toBeUndefined();
  });

  it('a long text given as … or « formulaire » opens the form, without the placeholder as a value', () => {
    const form = typed('/journal type:visite résultat:signé prospect:P-1 note:…').form;
    expect(form?.fields).toEqual(['note']);
    expect(form?.values).toEqual({ kind: 'visite', outcome: 'signé', prospect: 'P-1' });
    expect(typed('/journal type:visite résultat:signé prospect:P-1 note:formulaire').form?.fields).toEqual([
      'note',
    ]);
    expect(typed('/journal type:visite résultat:signé prospect:P-1 note:RAS').form).toBeUndefined();
  });

  it('runs what is complete, a form sent back, and a command whose file a form cannot ask', () => {
    expect(typed('/journal type:visite résultat:signé prospect:P-1').form).toBeUndefined();
    expect(from('/log prospect:P-1', 'form')).toBeUndefined();
    expect(typed('/import prospects').form).toBeUndefined();
  });

  it('says what a typed command lacked in the user’s language, above that field', async () => {
    const { formNotice } = await import('../../src/core/form-plan.ts');
    const form = typed('/journal prospect:"Garage Dupont"').form;
    if (!form) throw new Error('no form');
    expect(formNotice(form, 'fr')).toEqual({
      notice: 'L’option type est obligatoire : ajoutez type:…',
      noticeField: 'kind',
    });
    expect(formNotice(form, 'en')).toEqual({
      notice: 'Option kind is required: add kind:…',
      noticeField: 'kind',
    });
  });
});
