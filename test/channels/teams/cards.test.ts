import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { localeOf, stripMentions, teamsIdentity } from '../../../src/channels/botframework/identity.ts';
import { commandToForm, formFits } from '../../../src/channels/teams/cards/form-card.ts';
import { helpCard } from '../../../src/channels/teams/cards/help-card.ts';
import { replyToAdaptiveCard } from '../../../src/channels/teams/cards/reply-card.ts';
import { parseSubmission } from '../../../src/channels/teams/cards/submission.ts';
import type { AdaptiveCard } from '../../../src/channels/teams/cards/types.ts';
import { inlinePng } from '../../../src/channels/teams/chart-images.ts';
import { uploadLinkCard } from '../../../src/channels/teams/upload-links.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { createTestCore } from '../../helpers/core.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('../../fixtures/schemas/adaptive-card-1.5.schema.json', import.meta.url), 'utf8'),
);
// CommonJS packages: their ES default export is `module.exports`, the class is on `.default`.
const ajv = new AjvModule.default({ strict: false, allErrors: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
ajv.removeKeyword('id');
addFormatsModule.default(ajv);
const validateSchema = ajv.compile(schema);

/**
 * Valid Adaptive Card 1.5. `msteams` is Teams' host extension (full-width cards), which the
 * official schema does not list: it is checked apart, then the rest against the schema.
 */
function expectValidCard(card: AdaptiveCard): void {
  expect(card.msteams).toEqual({ width: 'Full' });
  expect(card.version).toBe('1.5');
  const { msteams: _msteams, ...rest } = card;
  const ok = validateSchema(JSON.parse(JSON.stringify(rest)));
  expect(ok, JSON.stringify(validateSchema.errors?.slice(0, 5))).toBe(true);
}

const registry = createRegistry(commands);
const elements = (card: AdaptiveCard) => card.body as (Record<string, unknown> & { type: string })[];

describe('Adaptive Card converters, validated against the 1.5 schema', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  let funnel: Reply;
  beforeAll(async () => {
    core = await createTestCore();
    await core.run('/log kind:call outcome:appointment prospect:"Boulangerie Martin"');
    await core.run('/log kind:call outcome:no_answer prospect:"Garage Dupont"');
    funnel = await core.run('/entonnoir cette-semaine');
  });
  afterAll(() => core.close());

  it('the upload card (Teams passes no file to bots) opens Teams’ dialog with its ticket', () => {
    for (const locale of ['fr', 'en'] as const) {
      const card = uploadLinkCard('dGVhbQ.ticket', locale);
      expectValidCard(card);
      expect(card.actions).toEqual([
        {
          type: 'Action.Submit',
          title: locale === 'fr' ? 'Déposer le fichier' : 'Drop the file',
          data: { msteams: { type: 'task/fetch' }, 'prospecta.upload': 'dGVhbQ.ticket' },
        },
      ]);
    }
  });

  it('a funnel reply: heading, tables, the chart as an image with its alt text, a follow-up button', () => {
    const alt = (funnel.blocks.find((b) => b.type === 'chart') as { spec: { alt: string } }).spec.alt;
    const card = replyToAdaptiveCard(funnel, [{ url: 'https://bot.example/charts/abc.png', alt }]);
    expectValidCard(card);
    const body = elements(card);
    expect(body[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder', text: funnel.title });
    const tables = body.filter((e) => e.type === 'Table');
    // Stages, ratios, and the per-visit ratios (DOMAIN §7) of the activity view.
    expect(tables).toHaveLength(3);
    expect(JSON.stringify(tables[2])).toContain('CA par visite');
    const ratioRows = JSON.stringify(tables[1]);
    expect(ratioRows).toContain('Taux de joignabilité');
    expect(ratioRows).toContain('50,0\u00a0% (1/2)');
    expect(body.find((e) => e.type === 'Image')).toEqual({
      type: 'Image',
      url: 'https://bot.example/charts/abc.png',
      altText: alt,
      size: 'Stretch',
    });
    expect(card.actions).toContainEqual(
      expect.objectContaining({
        type: 'Action.Submit',
        data: {
          prospecta: {
            text: expect.stringMatching(
              /^\/entonnoir période:.* comparer:(précédente|"période précédente")$/,
            ),
          },
        },
      }),
    );
  });

  it('the schema check is real: a misspelt property is refused', () => {
    const card = replyToAdaptiveCard(funnel, []);
    const bad = { ...card, msteams: undefined, body: [{ type: 'TextBlock', text: 'x', colour: 'Good' }] };
    expect(validateSchema(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });

  it('a chart that could not be shown leaves its alt text; an error is in the attention colour', async () => {
    const card = replyToAdaptiveCard(funnel, []);
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain('📊 Entonnoir de prospection');
    const error = await core.run('/log kind:appel outcome:bof prospect:X');
    const errorCard = replyToAdaptiveCard(error);
    expectValidCard(errorCard);
    expect(elements(errorCard)[0]).toMatchObject({ type: 'TextBlock', color: 'Attention' });
  });

  it('every command that a card can ask gets a valid form, in French and in English', () => {
    let forms = 0;
    for (const c of commands)
      for (const a of c.action ? [c.action] : c.subcommands) {
        if (!formFits(a)) continue;
        for (const locale of ['fr', 'en'] as const) {
          expectValidCard(commandToForm(c, a, locale, { today: '2026-11-28' }));
          forms++;
        }
      }
    expect(forms).toBeGreaterThan(8);
  });

  it('the /log form follows its zod options: choices, required flags, dates, multi-line notes', () => {
    const log = registry.find('log');
    if (!log?.action) throw new Error('no /log');
    const card = commandToForm(log, log.action, 'fr', { today: '2026-11-28', values: { prospect: 'P-3' } });
    const byId = Object.fromEntries(
      elements(card)
        .filter((e) => e.id)
        .map((e) => [e.id, e]),
    );
    expect(byId.kind).toMatchObject({
      type: 'Input.ChoiceSet',
      isRequired: true,
      errorMessage: 'Obligatoire : Type.',
      label: 'Type d’action : appel, visite, e-mail…',
    });
    expect((byId.kind?.choices as { title: string; value: string }[] | undefined)?.slice(0, 2)).toEqual([
      { title: 'appel', value: 'call' },
      { title: 'e-mail', value: 'email' },
    ]);
    expect(byId.prospect).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 120,
      value: 'P-3',
    });
    // Figures and dates are text the core reads (`1 234,50`, `1h30`, `hier`), each with an example that works.
    expect(byId.date).toMatchObject({ type: 'Input.Text', placeholder: 'ex. hier, 27/11' });
    expect(byId.date).not.toHaveProperty('isRequired');
    expect(byId.amount).toMatchObject({ type: 'Input.Text', placeholder: 'ex. 1 234,50' });
    expect(byId.margin).toMatchObject({ type: 'Input.Text', placeholder: 'ex. 12,5' });
    expect(byId.duration).toMatchObject({ type: 'Input.Text', placeholder: 'ex. 45, 1h30' });
    expect(byId.km).toMatchObject({ type: 'Input.Text', placeholder: 'ex. 12,5' });
    expect(elements(card).filter((e) => e.type === 'Input.Number' || e.type === 'Input.Date')).toEqual([]);
    expect(byId.note).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 2000 });
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Valider', style: 'positive', data: { prospecta: { command: 'log' } } },
    ]);
    const en = commandToForm(log, log.action, 'en');
    expect(elements(en).find((e) => e.id === 'outcome')).toMatchObject({
      errorMessage: 'Required: Outcome.',
    });
    const again = commandToForm(log, log.action, 'fr', {
      values: { kind: 'visit', amount: '12 x 3' },
      notice: 'montant : « 12 x 3 » n’est pas un montant.',
      noticeField: 'amount',
    });
    expectValidCard(again);
    const at = elements(again).findIndex((e) => e.id === 'amount');
    expect(elements(again)[at - 1]).toMatchObject({ type: 'TextBlock', color: 'Attention' });
    expect(elements(again)[at]).toMatchObject({ value: '12 x 3' });
    const enToday = commandToForm(log, log.action, 'en', { today: '2026-11-28' });
    expect(elements(enToday).find((e) => e.id === 'date')?.placeholder).toBe('e.g. yesterday, 2026-11-27');
    expect(elements(enToday).find((e) => e.id === 'amount')?.placeholder).toBe('e.g. 1,234.50');
  });

  it('/funnel’s share option is a toggle; /help is a card with a button per command', async () => {
    const funnelCommand = registry.find('funnel');
    if (!funnelCommand?.action) throw new Error('no /funnel');
    const form = commandToForm(funnelCommand, funnelCommand.action, 'en');
    expect(elements(form).find((e) => e.id === 'share')).toMatchObject({
      type: 'Input.Toggle',
      valueOn: 'true',
      valueOff: 'false',
    });
    const help = await core.run('/help', { locale: 'en' });
    const card = helpCard(help, registry, 'en');
    expectValidCard(card);
    // One screen: a button per task group, each unfolding its forms.
    const groups = elements(card)
      .filter((e) => e.type === 'ActionSet')
      .flatMap(
        (s) => s.actions as { type: string; title: string; card: { body: { actions: unknown[] }[] } }[],
      );
    expect(groups.map((g) => [g.type, g.title])).toEqual(
      ['Enter', 'Analyse', 'Market watch', 'Portfolio', 'Campaigns', 'Settings'].map((t) => [
        'Action.ShowCard',
        t,
      ]),
    );
    const buttons = groups.flatMap(
      (g) => g.card.body.flatMap((b) => b.actions) as { title: string; data: { prospecta: unknown } }[],
    );
    expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(['/log', '/funnel', '/channel set']));
    expect(buttons.find((b) => b.title === '/channel set')?.data.prospecta).toEqual({
      command: 'channel',
      subcommand: 'set',
    });
    expect(buttons.some((b) => b.title.startsWith('/import'))).toBe(false); // a file cannot be sent from a card
  });
});

describe('pure helpers of the Teams channel', () => {
  it('reads a submitted card: our data plus the inputs, empty values dropped, numbers as strings', () => {
    expect(
      parseSubmission({ prospecta: { command: 'log' }, kind: 'call', prospect: ' X ', note: '', km: 12 }),
    ).toEqual({ kind: 'structured', command: 'log', args: { kind: 'call', prospect: 'X', km: '12' } });
    expect(parseSubmission({ prospecta: { text: '/funnel last-week' } })).toEqual({
      kind: 'text',
      text: '/funnel last-week',
    });
    expect(parseSubmission({ prospecta: { command: 'prospect', subcommand: 'add', form: true } })).toEqual({
      kind: 'form',
      command: 'prospect',
      subcommand: 'add',
    });
    expect(parseSubmission({ action: 'other bot' })).toBeUndefined();
    expect(parseSubmission(undefined)).toBeUndefined();
  });

  it('maps Teams activities to teams and users: a team’s channels share one team, a chat is its own', () => {
    const base = { channelId: 'msteams', from: { id: '29:x', name: 'Alice', aadObjectId: 'aad-1' } };
    expect(
      teamsIdentity({
        ...base,
        conversation: { id: '19:c@thread.tacv2;messageid=1', conversationType: 'channel' },
        channelData: { tenant: { id: 't1' }, team: { id: '19:team@thread.tacv2', name: 'Ouest' } },
      }),
    ).toEqual({
      channel: 'teams',
      teamId: 'teams:t1:19:team@thread.tacv2',
      teamName: 'Ouest',
      user: { id: 'teams:aad-1', displayName: 'Alice' },
    });
    expect(
      teamsIdentity({
        ...base,
        conversation: { id: '19:group@thread.v2', tenantId: 't1', conversationType: 'groupChat' },
      }).teamId,
    ).toBe('teams:t1:conv:19:group@thread.v2');
    expect(
      teamsIdentity({ channelId: 'emulator', conversation: { id: 'c1' }, from: { id: 'u1' } }),
    ).toMatchObject({
      teamId: 'teams:emulator:conv:c1',
      user: { id: 'teams:u1' },
    });
    expect([localeOf('fr-CA'), localeOf('en-US'), localeOf('de-DE'), localeOf(undefined)]).toEqual([
      'fr',
      'en',
      'en',
      undefined,
    ]);
    expect(stripMentions('<at>Prospecta</at>&nbsp;/funnel last-week ')).toBe('/funnel last-week');
  });

  it('inlines a chart only within Teams’ limits (≤ 1024 px a side, ≤ 1 MB)', () => {
    const small = new Uint8Array(35_000);
    expect(inlinePng(small, 800, 450)).toMatch(/^data:image\/png;base64,/);
    expect(inlinePng(small, 1200, 450)).toBeUndefined();
    expect(inlinePng(new Uint8Array(900_000), 800, 450)).toBeUndefined(); // 1.2 MB once in base64
  });
});
