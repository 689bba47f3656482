import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { modalFields, modalFor, PendingForms } from '../../../src/channels/discord/forms.ts';
import {
  commandsToDiscord,
  fromApiInteraction,
  interactionToInvocation,
  replyToDiscord,
} from '../../../src/channels/discord/index.ts';
import { plannedForm, type Via } from '../../../src/core/form-plan.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { type Reply, reply, table } from '../../../src/core/reply.ts';
import { commandChars, commandProblems } from './discord-limits.ts';

// biome-ignore lint/suspicious/noExplicitAny: recorded payloads are arbitrary JSON, checked by the assertions.
type Json = any;

const registry = createRegistry(commands);
const json = commandsToDiscord(registry, 'guild') as unknown as Record<string, unknown>[];
const byName = (n: string) => json.find((c) => c.name === n) as Record<string, Json>;
const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/discord/${name}.json`, 'utf8'));
const dmAllowed = (n: string) => registry.find(n)?.dmAllowed ?? false;

describe('commandsToDiscord', () => {
  test('the generated command set is within every documented Discord limit', () => {
    expect(commandProblems(json)).toEqual([]);
    // One Discord command per registry command (others may be added by other features).
    expect(json.map((c) => c.name)).toEqual(registry.commands.map((c) => c.name));
    expect(json.map((c) => c.name)).toEqual(
      expect.arrayContaining(['log', 'funnel', 'prospect', 'import', 'help']),
    );
    for (const c of json) expect(commandChars(c)).toBeLessThanOrEqual(8000);
  });

  test('every name, description and choice is localized in French', () => {
    const log = byName('log');
    expect(log.name_localizations).toEqual({ fr: 'journal' });
    expect(log.description_localizations.fr).toBe('Enregistrer une action de prospection');
    const outcome = log.options.find((o: Json) => o.name === 'outcome');
    expect(outcome.name_localizations).toEqual({ fr: 'résultat' });
    expect(outcome.choices.find((c: Json) => c.value === 'appointment').name_localizations.fr).toBe(
      'RDV obtenu',
    );
    const walk = (options: Json[]): void => {
      for (const o of options ?? []) {
        expect(o.description_localizations?.fr, o.name).toBeTruthy();
        for (const ch of o.choices ?? [])
          expect(ch.name_localizations?.fr, `${o.name} ${ch.value}`).toBeTruthy();
        walk(o.options);
      }
    };
    for (const c of json) walk(c.options as Json[]);
  });

  test('option types and limits come from the option kinds and zod schemas', () => {
    const log = byName('log');
    const o = (name: string) => log.options.find((x: Json) => x.name === name);
    expect(log.options.slice(0, 3).map((x: Json) => [x.name, x.required])).toEqual([
      ['kind', true],
      ['outcome', true],
      ['prospect', true],
    ]);
    expect(o('prospect')).toMatchObject({ type: 3, autocomplete: true, max_length: 120, min_length: 1 });
    expect(o('amount')).toMatchObject({ type: 3, required: false }); // typed as `1 234,50`
    expect(o('date').type).toBe(3);
    expect(o('km')).toMatchObject({ type: 3, required: false }); // typed as `12,5`, read by the core
    expect(o('margin').type).toBe(3);
    expect(o('note')).toMatchObject({ type: 3, required: false, max_length: 2000 });
    expect(o('note').description).toMatch(/form/);
    expect(byName('funnel').options.find((x: Json) => x.name === 'share').type).toBe(5);
    const list = byName('prospect').options.find((x: Json) => x.name === 'list');
    expect(list.type).toBe(1);
    expect(list.name_localizations).toEqual({ fr: 'liste' });
    expect(list.options.find((x: Json) => x.name === 'limit')).toMatchObject({
      type: 4,
      min_value: 1,
      max_value: 100,
    });
    const activities = byName('import').options.find((x: Json) => x.name === 'activities');
    expect(activities.options[0]).toMatchObject({ name: 'file', type: 11, required: true });
  });

  test('manager-only commands need Manage Server by default; only help works in DMs', () => {
    expect(byName('import').default_member_permissions).toBe('32');
    expect(byName('log').default_member_permissions).toBeNull();
    const global = commandsToDiscord(registry, 'global') as unknown as Record<string, Json>[];
    const inGlobal = (n: string) => global.find((c) => c.name === n);
    expect(inGlobal('help')).toMatchObject({ contexts: [0, 1], integration_types: [0] });
    expect(inGlobal('log')).toMatchObject({ contexts: [0], integration_types: [0] });
  });

  test('no command sends the deprecated dm_permission; guild commands carry no global-only field', () => {
    for (const c of commandsToDiscord(registry, 'global')) expect(c).not.toHaveProperty('dm_permission');
    for (const c of json) {
      expect(c).not.toHaveProperty('dm_permission');
      expect(c).not.toHaveProperty('contexts');
      expect(c).not.toHaveProperty('integration_types');
    }
  });
});

describe('interactionToInvocation', () => {
  test('a French member’s /log: the guild is the team, options keep their Discord types', () => {
    const inv = interactionToInvocation(fromApiInteraction(fixture('slash-log-fr')), dmAllowed);
    expect(inv).toMatchObject({
      channel: 'discord',
      teamId: 'discord:2000000000000000001',
      user: { id: 'discord:5001', displayName: 'Alice Martin' },
      locale: 'fr',
      input: {
        kind: 'structured',
        command: 'log',
        args: {
          kind: 'visit',
          outcome: 'signed',
          prospect: 'Boulangerie Martin',
          amount: '1 234,50',
          km: 12.5,
        },
      },
    });
    expect(inv.user.roleHint).toBeUndefined();
  });

  test('a subcommand, the nickname first, Manage Server makes a manager, en-US answers in English', () => {
    const inv = interactionToInvocation(fromApiInteraction(fixture('slash-prospect-add-en')), dmAllowed);
    expect(inv.input).toEqual({
      kind: 'structured',
      command: 'prospect',
      subcommand: 'add',
      args: { name: 'Garage Dupont', city: 'Lyon' },
    });
    expect(inv.user).toEqual({
      id: 'discord:5002',
      displayName: 'Bob (Lyon)',
      roleHint: 'manager',
      groups: ['discord:7001'],
    });
    expect(inv.locale).toBe('en');
  });

  test('in a DM only help runs; anything else is refused with guild_only', () => {
    const help = fixture('slash-help-dm');
    expect(interactionToInvocation(fromApiInteraction(help), dmAllowed).teamId).toBe('discord-dm:5003');
    const log = { ...help, data: { name: 'log', type: 1, options: [] } };
    expect(() => interactionToInvocation(fromApiInteraction(log), dmAllowed)).toThrow('discord_guild_only');
  });
});

const big = (n: number, s: string) => Array.from({ length: n }, (_, i) => `${s}${i}`);

describe('replyToDiscord', () => {
  test('a huge reply stays within Discord limits and says it was shortened', () => {
    const r: Reply = reply({
      title: 'T'.repeat(300),
      locale: 'fr',
      blocks: [
        { type: 'text', text: 'x'.repeat(5000) },
        {
          type: 'fields',
          fields: big(60, 'f').map((f) => ({ label: f, value: 'v'.repeat(1500), inline: true })),
        },
        {
          type: 'table',
          columns: [{ label: 'a' }, { label: 'b' }, { label: 'c' }],
          rows: big(400, 'r').map((r) => [r, r, r]),
        },
      ],
      followUps: big(30, 'go').map((label) => ({ label, command: `/help ${label}` })),
      visibility: 'shared',
    });
    const m = replyToDiscord(r);
    expect(m.embeds.length).toBeLessThanOrEqual(10);
    const total = m.embeds.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0),
      0,
    );
    expect(total).toBeLessThanOrEqual(6000);
    for (const e of m.embeds) {
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect(m.embeds[0]?.title?.length).toBe(256);
    expect(m.embeds.at(-1)?.footer?.text).toBe('… (réponse raccourcie pour Discord)');
    expect(m.components.length).toBe(5);
    expect(m.components.every((row) => row.components.length === 5)).toBe(true);
    expect(m.flags).toBe(0);
    expect(m.allowedMentions).toEqual({ parse: [] });
  });

  test('astral characters are counted in UTF-16 units at every limit, never split in half', () => {
    const emoji = '😀'; // two UTF-16 code units
    const r: Reply = reply({
      title: emoji.repeat(200),
      locale: 'en',
      blocks: [
        { type: 'text', text: emoji.repeat(3000) },
        {
          type: 'fields',
          fields: big(30, 'f').map((f) => ({ label: emoji.repeat(200), value: `${f}${emoji.repeat(900)}` })),
        },
      ],
      followUps: [{ label: emoji.repeat(60), command: '/help' }],
      visibility: 'shared',
    });
    const m = replyToDiscord(r);
    const strings: string[] = [];
    let total = 0;
    for (const e of m.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(256);
        expect(f.value.length).toBeLessThanOrEqual(1024);
      }
      const parts = [
        e.title,
        e.description,
        e.footer?.text,
        ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      ];
      for (const s of parts) if (s) strings.push(s);
      total += parts.reduce((n, s) => n + (s?.length ?? 0), 0);
    }
    expect(total).toBeLessThanOrEqual(6000);
    expect(m.embeds[0]?.title).toBe(`${emoji.repeat(127)}…`);
    expect(m.embeds[0]?.title?.length).toBe(255);
    const label = m.components[0]?.components[0];
    expect(label && 'label' in label ? label.label?.length : 0).toBeLessThanOrEqual(80);
    if (label && 'label' in label) strings.push(label.label ?? '');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const s of strings) expect(loneSurrogate.test(s), s.slice(-4)).toBe(false);
  });

  test('a paged list too long for an embed is cut between rows, with a Suite button from the next row', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [
      `P-${i + 1}`,
      `Boulangerie du centre historique ${i + 1}`,
      'Lyon',
    ]);
    const page = { offset: 0, total: 240, command: '/prospect liste nombre:100', option: 'début' };
    const m = replyToDiscord(
      reply({
        locale: 'fr',
        blocks: [
          table([{ label: 'ID' }, { label: 'Nom' }, { label: 'Ville' }], rows, 'Les 100 premiers', page),
        ],
        visibility: 'shared',
      }),
    );
    const description = m.embeds[0]?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    const shown = (description.match(/^P-\d+ /gm) ?? []).length;
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(100);
    expect(description).toContain(`Lignes 1 à ${shown} sur 240\n`);
    expect(description).toContain(`P-${shown} `);
    expect(description).not.toContain('…');
    expect(m.components[0]?.components[0]).toMatchObject({
      label: 'Suite',
      custom_id: `run:/prospect liste nombre:100 début:${shown + 1}`,
    });
    // A page that fits whole still offers the rest; the last page offers nothing.
    const fits = replyToDiscord(
      reply({
        locale: 'en',
        blocks: [
          table([{ label: 'ID' }, { label: 'Name' }, { label: 'City' }], rows.slice(0, 5), undefined, {
            ...page,
            offset: 230,
            command: '/prospect list limit:5',
            option: 'from',
          }),
        ],
      }),
    );
    expect(fits.components[0]?.components[0]).toMatchObject({
      label: 'More',
      custom_id: 'run:/prospect list limit:5 from:236',
    });
    const last = replyToDiscord(
      reply({
        locale: 'en',
        blocks: [
          table([{ label: 'ID' }, { label: 'Name' }, { label: 'City' }], rows.slice(0, 5), undefined, {
            ...page,
            offset: 235,
          }),
        ],
      }),
    );
    expect(last.components).toEqual([]);
  });

  test('errors are private, red, and carry their code', () => {
    const m = replyToDiscord(
      reply({
        tone: 'error',
        visibility: 'shared',
        locale: 'en',
        blocks: [{ type: 'text', text: 'Nope' }],
        error: { code: 'missing_option', message: 'Nope' },
        followUps: [{ label: 'x', command: '/help' }],
      }),
    );
    expect(m.flags).toBe(64);
    expect(m.components).toEqual([]);
    expect(m.embeds[0]).toMatchObject({
      color: 0xed4245,
      description: 'Nope',
      footer: { text: 'Code: missing_option' },
    });
  });

  test('a question (a warning with a code, such as a possible duplicate) keeps its answer buttons', () => {
    const m = replyToDiscord(
      reply({
        tone: 'warning',
        locale: 'fr',
        title: 'Vouliez-vous dire P-1 Boulangerie Martin ?',
        blocks: [{ type: 'text', text: 'Rien n’a été enregistré.' }],
        error: { code: 'possible_duplicate', message: 'Vouliez-vous dire P-1 Boulangerie Martin ?' },
        followUps: [
          { label: 'Oui, P-1', command: '/journal type:appel résultat:joint prospect:P-1' },
          {
            label: 'Non, créer « Boulangerie Martn »',
            command: '/journal type:appel résultat:joint prospect:"Boulangerie Martn" nouveau:oui',
          },
        ],
      }),
    );
    expect(m.flags).toBe(64);
    expect(m.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'Oui, P-1',
      'Non, créer « Boulangerie Martn »',
    ]);
    expect(m.embeds.at(-1)?.footer?.text).toBe('Code : possible_duplicate');
  });

  test('a chart becomes an attachment shown in the embed with its alt text; 2-column tables become fields', () => {
    const spec = {
      type: 'bar' as const,
      title: 'T',
      alt: 'Bars of the week',
      locale: 'en' as const,
      labels: ['a'],
      series: [{ label: 's', values: [1] }],
    };
    const png = { png: new Uint8Array([137, 80, 78, 71]), width: 1, height: 1, sha256: 'x' };
    const m = replyToDiscord(
      reply({
        title: 'Funnel',
        blocks: [
          {
            type: 'table',
            columns: [{ label: 'Ratio' }, { label: 'Value' }],
            rows: [['Reach rate', '50 % (1/2)']],
          },
          { type: 'chart', spec },
        ],
      }),
      [{ spec, png }],
    );
    expect(m.files).toEqual([
      { name: 'chart-1.png', attachment: Buffer.from(png.png), description: 'Bars of the week' },
    ]);
    expect(m.embeds[0]?.fields).toEqual([{ name: 'Reach rate', value: '50 % (1/2)', inline: true }]);
    expect(m.embeds[0]?.image).toEqual({ url: 'attachment://chart-1.png' });
    expect(m.flags).toBe(64);
  });
});

describe('forms', () => {
  const command = registry.find('log');
  const log = command?.action;
  if (!command || !log) throw new Error('no /log');
  /** The modal's fields of the form the core plans for /log with `args`, from a slash command or a button. */
  const formFields = (args: Record<string, unknown>, mode: 'slash' | 'button') => {
    const via: Via = mode === 'slash' ? 'typed' : 'button';
    const form = plannedForm({ command, action: log, raw: args }, via);
    return form && modalFields(form);
  };
  test('a note given as … or "formulaire" opens the form; a plain note does not', () => {
    // Discord's slash client always sends the required options: only the note is left to ask.
    const sent = { kind: 'visit', outcome: 'signed', prospect: 'P-1' };
    expect(formFields({ ...sent, note: '…' }, 'slash')).toEqual(['note']);
    expect(formFields({ ...sent, note: 'Formulaire' }, 'slash')).toEqual(['note']);
    expect(formFields({ ...sent, note: 'RAS' }, 'slash')).toBeUndefined();
    expect(formFields(sent, 'slash')).toBeUndefined();
  });
  test('a follow-up lacking required options asks for them, the note and one figure of each kind', () => {
    // Five fields at most: the outcome, the note, then the amount, the duration and the date.
    expect(formFields({ kind: 'visit', prospect: 'P-1' }, 'button')).toEqual([
      'outcome',
      'date',
      'amount',
      'duration',
      'note',
    ]);
    expect(formFields({ kind: 'visit', prospect: 'P-1', amount: '10' }, 'button')).toEqual([
      'outcome',
      'date',
      'margin',
      'duration',
      'note',
    ]);
    expect(formFields({ kind: 'visit', outcome: 'signed', prospect: 'P-1' }, 'button')).toBeUndefined();
  });
  test('a modal asks figures as text with an example the core reads, and comes back filled as typed', () => {
    const fields = ['outcome', 'date', 'amount', 'duration', 'note'];
    const modal = modalFor(log, fields, 'journal', 'k1', 'fr', {
      values: { outcome: 'proposal', amount: '12 x 3', duration: '1h30' },
      today: '2026-11-28',
    });
    const byId = Object.fromEntries(modal.components.map((c) => [c.component.custom_id, c]));
    expect(byId.amount).toMatchObject({
      label: 'montant',
      description: 'CA HT signé ou proposé (€)',
      component: { type: 4, style: 1, placeholder: 'ex. 1 234,50', value: '12 x 3', required: false },
    });
    expect(byId.duration?.component).toMatchObject({ placeholder: 'ex. 45, 1h30', value: '1h30' });
    expect(byId.date?.component).toMatchObject({ placeholder: 'ex. hier, 27/11' });
    expect(byId.date?.component).not.toHaveProperty('value');
    const outcome = byId.outcome?.component as { options: { value: string; default?: boolean }[] };
    expect(outcome.options.filter((o) => o.default).map((o) => o.value)).toEqual(['proposal']);
    const en = modalFor(log, ['amount'], 'log', 'k2', 'en');
    expect(en.components[0]?.component).toMatchObject({ placeholder: 'e.g. 1,234.50' });
    expect(en.components[0]?.component).not.toHaveProperty('value');
  });
  test('a pending form is taken once and expires', () => {
    let now = 0;
    const forms = new PendingForms(1000, 2, () => now);
    const base = { userId: 'u', guildId: 'g', command: 'log', args: {}, fields: ['note'] };
    const k1 = forms.add(base);
    expect(forms.take(k1)?.command).toBe('log');
    expect(forms.take(k1)).toBeUndefined();
    const k2 = forms.add(base);
    now = 1000;
    expect(forms.take(k2)).toBeUndefined();
    forms.add(base);
    forms.add(base);
    forms.add(base);
    expect(forms.size).toBe(2);
  });
});
