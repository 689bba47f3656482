import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { todayIn } from '../../src/analytics/period.ts';
import { type App, createApp } from '../../src/app.ts';
import { modalFields, modalFor } from '../../src/channels/discord/forms.ts';
import { commandToForm } from '../../src/channels/teams/cards/form-card.ts';
import { type FormIo, fillForm, formQuestions, questionFor } from '../../src/cli/ask-missing.ts';
import { formTurn } from '../../src/cli/form-turn.ts';
import { loadConfig } from '../../src/config.ts';
import { coerceValue } from '../../src/core/coerce.ts';
import { userErrorMessage } from '../../src/core/dispatch.ts';
import { isUserError } from '../../src/core/errors.ts';
import type { FormRequest } from '../../src/core/form-plan.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { DescribedOption } from '../../src/core/options.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { planTurn } from '../../src/core/turn-plan.ts';
import type { Locale } from '../../src/domain/ids.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { createTestCore } from '../helpers/core.ts';
import { botFor } from '../helpers/terminal-bot.ts';

const registry = createRegistry(commands);
const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());

/** The form the core plans for a typed line (the same for every channel). */
const planned = (line: string): FormRequest => {
  const form = planTurn(registry, { kind: 'text', text: line }, 'typed').form;
  if (!form) throw new Error(`no form for ${line}`);
  return form;
};

const SAMPLES: Record<string, string> = {
  date: 'hier',
  money: '120',
  number: '12',
  integer: '3',
  duration: '45',
  rate: '20',
  period: 'ce-mois',
};

/** A value each kind of field accepts (what a user would type). */
const valid = (o: DescribedOption): string =>
  o.kind === 'choice' ? (o.choices?.[0] ?? '') : (SAMPLES[o.kind] ?? 'Garage Dupont');

/**
 * Answers the questions from a script (past it, a valid value for a required field and Enter for
 * an optional one); records the fields asked, the questions and what was said.
 */
function scripted(answers: (string | undefined)[], locale: Locale = 'fr') {
  const fields: string[] = [];
  const asked: string[] = [];
  const said: string[] = [];
  const queue = [...answers];
  const io: FormIo = {
    locale,
    ask: async (q, o) => {
      asked.push(q);
      fields.push(o.name);
      if (queue.length > 0) return queue.shift();
      return o.required ? valid(o) : '';
    },
    say: (t) => said.push(t),
  };
  return { fields, asked, said, io };
}

interface CardInput {
  label?: string;
  title?: string;
  placeholder?: string;
  isRequired?: boolean;
  choices?: { title: string }[];
}

describe('the terminal asks the fields of the core’s form, as the Teams card and the Discord modal show them', () => {
  // The line typed, the language, the fields the terminal asks (the form's, in the command's order),
  // and those the Discord modal shows (five at most: the most needed first, in the same order).
  it.each([
    [
      '/journal',
      'fr',
      ['kind', 'outcome', 'prospect', 'date', 'amount', 'margin', 'duration', 'note'],
      ['kind', 'outcome', 'prospect', 'amount', 'note'],
    ],
    ['/journal prospect:"Garage Dupont"', 'fr', ['kind', 'outcome'], ['kind', 'outcome']],
    ['/log kind:visit outcome:signed prospect:P-1 note:…', 'en', ['note'], ['note']],
    ['/concurrent swot Durand', 'fr', ['kind', 'text'], ['kind', 'text']],
    ['/competitor swot Durand kind:threat', 'en', ['text'], ['text']],
    ['/prospect ajouter', 'fr', ['name', 'customer_since', 'note'], ['name', 'customer_since', 'note']],
  ] as const)('%s (%s)', async (line, locale, terminal, discord) => {
    const form = planned(line);
    const s = scripted([], locale);
    expect(await fillForm(form, s.io)).toBeDefined();
    expect(s.fields).toEqual(terminal);
    expect(modalFields(form)).toEqual(discord);

    // Every question has the label, the example and the choices of the card's input (the modal's
    // description and placeholder), and says optional exactly where the card does not require.
    const card = commandToForm(form.command, form.action, locale, { values: form.values, today });
    const inputs = new Map(
      (card.body as { id?: string }[]).filter((e) => e.id !== undefined).map((e) => [e.id, e as CardInput]),
    );
    const modal = modalFor(form.action, discord, 'x', 'k', locale, { today });
    const optional = createTranslator(locale)('chat.ask_optional');
    formQuestions(form).forEach((o, i) => {
      const input = inputs.get(o.name);
      if (!input) throw new Error(`no card input for ${o.name}`);
      const question = s.asked[i] as string;
      expect(question.startsWith(`${input.label ?? input.title} [`), question).toBe(true);
      if (input.placeholder) expect(question).toContain(input.placeholder);
      for (const c of input.choices ?? []) expect(question).toContain(c.title);
      expect(question.includes(optional), question).toBe(input.isRequired !== true);
      const component = modal.components.find((c) => c.component.custom_id === o.name);
      if (component) {
        expect(component.description).toBe(input.label);
        if ('placeholder' in component.component)
          expect(component.component.placeholder).toBe(input.placeholder);
      }
    });
  });

  it('plans no form when nothing is missing, nor for a command whose file a form cannot ask', () => {
    const none = (line: string) => planTurn(registry, { kind: 'text', text: line }, 'typed').form;
    expect(none('/journal type:appel résultat:rdv prospect:X')).toBeUndefined();
    expect(none('/entonnoir')).toBeUndefined();
    expect(none('/import prospects')).toBeUndefined();
  });

  it('asks with the localized label and the choices or an example', () => {
    const [kind, , , date] = formQuestions(planned('/journal'));
    if (!kind || !date) throw new Error('no kind or date field');
    expect(questionFor(kind, 'fr')).toMatch(
      /^Type d’action : appel, visite, e-mail… \[type:\] \(choix : appel, e-mail, SMS, .*\) : $/,
    );
    expect(questionFor(date, 'fr')).toMatch(/^Date .* \[date:\] \(ex\. hier, \d\d\/\d\d ; facultatif\) : $/);
    expect(questionFor(date, 'en')).toMatch(/^Date .* \[date:\] \(e\.g\. yesterday, .*; optional\): $/);
  });
});

describe('a bare /journal in the terminal', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.close();
  });

  it('builds the command from the answers, re-asking an empty required one and a wrong choice', async () => {
    const s = scripted(['appel', '', 'pas-un-resultat', 'rdv', 'Garage Dupont']);
    const line = await fillForm(planned('/journal'), s.io);
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
    expect(line).toBe('/journal type:appel résultat:rdv prospect:"Garage Dupont"');
  });

  it('explains a value the core’s parsers refuse in the core’s words and asks again, then runs the line', async () => {
    const s = scripted(['appel', 'rdv', 'Garage Dupont', 'demain-matin', 'hier']);
    const line = await fillForm(planned('/journal'), s.io);
    const date = formQuestions(planned('/journal')).find((o) => o.name === 'date') as DescribedOption;
    const refused = await coerceValue(date, 'demain-matin', { today, locale: 'fr' }).then(
      () => undefined,
      (e: unknown) => (isUserError(e) ? userErrorMessage(createTranslator('fr'), e) : undefined),
    );
    expect(refused).toContain('demain-matin');
    expect(s.said[1]).toBe(refused);
    expect(s.fields.slice(3, 5)).toEqual(['date', 'date']);
    expect(line).toBe('/journal type:appel résultat:rdv prospect:"Garage Dupont" date:hier');
    const r = await core.run(line as string);
    expect(r.error).toBeUndefined();
    expect(r.data?.activity).toMatchObject({ kind: 'call', outcome: 'appointment', date: '2026-11-27' });
  });

  it.each([['annuler'], ['cancel'], [undefined]])('%s cancels and nothing is sent', async (answer) => {
    const s = scripted(['appel', answer]);
    expect(await fillForm(planned('/journal'), s.io)).toBeUndefined();
    expect(s.said.at(-1)).toBe('Commande annulée : rien n’a été enregistré.');
  });

  it('asks in English for an English user', async () => {
    const s = scripted(['call', 'appointment', 'Garage Dupont'], 'en');
    const line = await fillForm(planned('/log'), s.io);
    expect(s.said[0]).toBe(
      '/log needs more options: answer each question (Enter skips an optional one, “cancel” gives up).',
    );
    expect(s.asked[0]).toMatch(
      /^What you did: call, visit, email… \[kind:\] \(choices: call, email, .*\): $/,
    );
    expect(line).toBe('/log kind:call outcome:appointment prospect:"Garage Dupont"');
  });
});

describe('a field the core refuses once the form is sent is asked again with the core’s error', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-form-turn-'));
    app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), { logger: silentLogger });
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['fr', '/concurrent swot Inconnu', 'force', 'Livre en 3 semaines', 'Durand'],
    ['en', '/competitor swot Unknown', 'strength', 'Ships in 3 weeks', 'Martin'],
  ] as const)('%s: %s', async (locale, line, kind, text, known) => {
    const who = { team: 'acme', user: 'alice', locale };
    const bot = botFor(app);
    expect(
      (await formTurn(bot, who, `/competitor add ${known}`, scripted([], locale).io))?.error,
    ).toBeUndefined();
    // The core's own message for that name, as the same command typed whole gets it.
    const typed = await formTurn(bot, who, `${line} kind:${kind} text:"${text}"`, scripted([], locale).io);
    expect(typed?.error?.field).toBe('name');

    const s = scripted([kind, text, known], locale);
    const r = await formTurn(bot, who, line, s.io);
    // The name (given on the line) comes back as the form's one field, with the core's error first.
    expect(s.fields).toEqual(['kind', 'text', 'name']);
    expect(s.said[1]).toBe(typed?.error?.message);
    expect(r?.error).toBeUndefined();
    expect(r?.tone).toBe('success');
    // Saved once, on the competitor named the second time; the refused forms saved nothing.
    const card = await formTurn(bot, who, `/competitor show ${known}`, scripted([], locale).io);
    const saved = card?.data as { competitor: { swot: { kind: string; text: string }[] } };
    expect(saved.competitor.swot).toMatchObject([{ kind: 'strength', text }]);
    const listed = (await formTurn(bot, who, '/competitor list', scripted([], locale).io))?.data as {
      competitors: { name: string }[];
    };
    expect(listed.competitors.map((c) => c.name)).not.toContain(line.split(' ').at(-1));
  });
});
