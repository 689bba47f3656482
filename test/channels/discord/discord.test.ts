import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandsToDiscord, deployCommands } from '../../../src/channels/discord/index.ts';
import { commandProblems } from './discord-limits.ts';
import { APP_ID } from './fake-discord.ts';
import {
  body,
  buttonClick,
  type DiscordHarness,
  GUILD_A,
  GUILD_B,
  interactionPayload,
  type Json,
  opt,
  startDiscordHarness,
  type Who,
} from './harness.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const alice: Who = { id: '5001', username: 'alice', nick: 'Alice M.', locale: 'fr' };
const zoe: Who = { id: '6001', username: 'zoe', locale: 'en-US' };
const slash = (who: Who, guild: string | null, name: string, options: unknown[] = []) =>
  interactionPayload(2, who, guild, { id: '9000', name, type: 1, options });
const teamOf = (guild: string) => `discord:${guild}`;

describe('Discord channel against a fake Discord', () => {
  test('start logs in through the gateway and says as whom', () => {
    expect(h.started).toEqual({ where: 'Discord as prospecta-bot' });
    expect(h.fake.identified()).toBe(1);
  });

  test('deploy registers the full localized command set within Discord limits', async () => {
    const seen = h.fake.waitFor((r) => r.method === 'PUT');
    const result = await deployCommands(
      { token: 'test-token', applicationId: APP_ID, guildId: GUILD_A, apiUrl: h.fake.api },
      h.app.registry,
    );
    const put = await seen;
    expect(put.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_A}/commands`);
    expect(put.auth).toBe('Bot test-token');
    const sent = put.body as Record<string, Json>[];
    expect(sent).toEqual(JSON.parse(JSON.stringify(commandsToDiscord(h.app.registry, 'guild'))));
    // Guild commands: no deprecated dm_permission, no global-only contexts/integration_types (so no BOT_DM).
    for (const c of sent) {
      expect(Object.keys(c)).not.toContain('dm_permission');
      expect(Object.keys(c)).not.toContain('contexts');
      expect(Object.keys(c)).not.toContain('integration_types');
    }
    expect(sent.length).toBe(h.app.registry.commands.length);
    expect(commandProblems(sent)).toEqual([]);
    expect(sent.find((c) => c.name === 'funnel')?.name_localizations).toEqual({ fr: 'entonnoir' });
    expect(result).toEqual({ count: sent.length, scope: `server ${GUILD_A}` });
  });

  test('/log from a French member stores the activity in that guild’s team and answers in French', async () => {
    const answer = await h.interact(
      slash(alice, GUILD_A, 'log', [
        opt('kind', 'call'),
        opt('outcome', 'appointment'),
        opt('prospect', 'Boulangerie Martin'),
      ]),
    );
    expect(body(answer).type).toBe(4);
    const data = body(answer).data;
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0].title).toBe('Appel enregistré');
    expect(data.embeds[0].fields.slice(0, 3)).toEqual([
      { name: 'Prospect', value: 'Boulangerie Martin (P-1)', inline: true },
      { name: 'Type', value: 'appel', inline: true },
      { name: 'Résultat', value: 'RDV obtenu', inline: true },
    ]);
    expect(data.components[0].components[0]).toMatchObject({
      label: 'Saisir la visite',
      custom_id: 'run:/journal type:visite prospect:P-1',
    });
    const stored = await h.app.deps.store.transact(teamOf(GUILD_A), (tx) => ({
      team: tx.team.name,
      activities: tx.activities.all(),
      member: tx.members.get('discord:5001'),
    }));
    expect(stored.team).toBe('Équipe Lyon');
    expect(stored.activities).toHaveLength(1);
    expect(stored.activities[0]).toMatchObject({
      kind: 'call',
      outcome: 'appointment',
      prospectId: 'P-1',
      repId: 'discord:5001',
      date: '2026-11-28',
    });
    expect(stored.member?.displayName).toBe('Alice M.');
  });

  test('autocomplete returns the guild’s matching prospects, accent-insensitive', async () => {
    await h.interact(
      slash(alice, GUILD_A, 'prospect', [{ name: 'add', type: 1, options: [opt('name', 'Café Éléonore')] }]),
    );
    const typed = (who: Who, guild: string, value: string) =>
      interactionPayload(4, who, guild, {
        id: '9000',
        name: 'log',
        type: 1,
        options: [opt('kind', 'visit'), { name: 'prospect', type: 3, value, focused: true }],
      });
    const a = await h.interact(typed(alice, GUILD_A, 'ELEO'));
    expect(body(a)).toEqual({ type: 8, data: { choices: [{ name: 'Café Éléonore (P-2)', value: 'P-2' }] } });
    const all = await h.interact(typed(alice, GUILD_A, ''));
    expect(body(all).data.choices.map((c: { value: string }) => c.value)).toEqual(['P-1', 'P-2']);
    // Another server's member sees nothing of the first, and typing creates no team.
    const b = await h.interact(typed(zoe, GUILD_B, 'caf'));
    expect(body(b)).toEqual({ type: 8, data: { choices: [] } });
    expect(await h.app.deps.store.listTeams()).not.toContain(teamOf(GUILD_B));
  });

  test('a member of another guild never sees the first guild’s prospects', async () => {
    const answer = await h.interact(
      slash(zoe, GUILD_B, 'prospect', [{ name: 'show', type: 1, options: [opt('prospect', 'P-1')] }]),
    );
    const data = body(answer).data;
    expect(data.flags).toBe(64);
    expect(JSON.stringify(data)).not.toContain('Boulangerie');
    expect(data.embeds[0].footer.text).toBe('Code: prospect_not_found');
    const list = await h.interact(slash(zoe, GUILD_B, 'prospect', [{ name: 'list', type: 1, options: [] }]));
    expect(JSON.stringify(body(list).data)).not.toMatch(/Boulangerie|Éléonore/);
  });

  test('/funnel shared: deferred publicly, then the original is edited with an embed and a valid PNG', async () => {
    const p = slash(alice, GUILD_A, 'funnel', [opt('period', 'this-week'), opt('share', true, 5)]);
    const edit = h.edited(p);
    const first = await h.interact(p);
    expect(body(first)).toMatchObject({ type: 5 });
    expect(body(first).data?.flags ?? 0).toBe(0);
    const e = await edit;
    const payload = e.body as Json;
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0].title).toMatch(/^Entonnoir/);
    const withImage = payload.embeds.find((x: Json) => x.image);
    expect(withImage.image.url).toBe('attachment://chart-1.png');
    expect(e.files).toHaveLength(1);
    const png = e.files[0];
    expect(png?.name).toBe('chart-1.png');
    expect([...(png?.bytes.slice(0, 8) ?? [])]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    // The alt text travels as the attachment's description.
    expect(payload.attachments).toHaveLength(1);
    expect(payload.attachments[0].id).toBe('0');
    expect(payload.attachments[0].description).toMatch(/^Entonnoir .*Ciblés \d+/);
  });

  test('a note asked with "…" opens a form; its submit logs the note', async () => {
    const answer = await h.interact(
      slash(alice, GUILD_A, 'log', [
        opt('kind', 'visit'),
        opt('outcome', 'reached'),
        opt('prospect', 'P-2'),
        opt('note', '…'),
      ]),
    );
    expect(body(answer).type).toBe(9);
    const modal = body(answer).data;
    expect(modal.title).toBe('/journal : compléter');
    expect(modal.components[0]).toMatchObject({
      type: 18,
      label: 'note',
      component: { type: 4, custom_id: 'note', style: 2, max_length: 2000 },
    });
    const note = 'Gérant intéressé, rappeler en janvier.\nA déjà un fournisseur.';
    const submitted = await h.interact(
      interactionPayload(5, alice, GUILD_A, {
        custom_id: modal.custom_id,
        components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'note', value: note } }],
      }),
    );
    expect(body(submitted).type).toBe(4);
    expect(body(submitted).data.embeds[0].title).toBe('Visite enregistrée');
    const activities = await h.app.deps.store.transact(teamOf(GUILD_A), (tx) => tx.activities.all());
    expect(activities.at(-1)).toMatchObject({ kind: 'visit', outcome: 'reached', prospectId: 'P-2', note });
    // A form is submitted once: the second submission saves nothing.
    const again = await h.interact(
      interactionPayload(5, alice, GUILD_A, {
        custom_id: modal.custom_id,
        components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'note', value: 'x' } }],
      }),
    );
    expect(body(again).data.embeds[0].title).toBe('Déjà enregistré');
    const after = await h.app.deps.store.transact(teamOf(GUILD_A), (tx) => tx.activities.all());
    expect(after).toHaveLength(activities.length);
  });

  test('a follow-up button lacking options opens a form with a choice list, then logs', async () => {
    const click = await h.interact(
      buttonClick(alice, GUILD_A, 'run:/journal type:visite prospect:P-1', '8001'),
    );
    expect(body(click).type).toBe(9);
    const modal = body(click).data;
    expect(modal.components.map((c: Json) => c.component.custom_id)).toEqual([
      'outcome',
      'date',
      'amount',
      'duration',
      'note',
    ]);
    expect(modal.components[0].label).toBe('résultat');
    expect(modal.components[0].component.options.find((o: Json) => o.value === 'signed').label).toBe('signé');
    const done = await h.interact(
      interactionPayload(5, alice, GUILD_A, {
        custom_id: modal.custom_id,
        components: [
          { type: 18, id: 1, component: { type: 3, id: 2, custom_id: 'outcome', values: ['proposal'] } },
          { type: 18, id: 3, component: { type: 4, id: 4, custom_id: 'note', value: '' } },
        ],
      }),
    );
    expect(body(done).data.embeds[0].fields[2]).toEqual({
      name: 'Résultat',
      value: 'devis envoyé',
      inline: true,
    });
  });

  test('a malformed interaction gets a private error and the client keeps answering', async () => {
    const unknown = await h.interact(slash(alice, GUILD_A, 'nope'));
    expect(body(unknown).data).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(body(unknown).data.embeds[0].footer.text).toBe('Code : unknown_command');
    const wrongType = await h.interact(
      slash(zoe, GUILD_A, 'log', [
        opt('kind', 'call'),
        opt('outcome', 'reached'),
        opt('prospect', 'P-1'),
        opt('km', 'far'),
      ]),
    );
    expect(body(wrongType).data.flags).toBe(64);
    expect(body(wrongType).data.embeds[0].description).toMatch(/km/);
    expect(body(wrongType).data.embeds[0].footer.text).toMatch(/^Code: /);
    const dmLog = await h.interact(slash(zoe, null, 'log', []));
    expect(body(dmLog).data.embeds[0].footer.text).toBe('Code: discord_guild_only');
    const help = await h.interact(slash(zoe, null, 'help'));
    expect(body(help).type).toBe(4);
    expect(body(help).data.embeds[0].title).toBeTruthy();
  });

  test('/import downloads the attachment from the interaction and imports it for a manager', async () => {
    const csv = new TextEncoder().encode('Nom;Ville\nGarage Dupont;Lyon\nFleurs Rosa;Villeurbanne\n');
    const url = h.fake.attach('prospects.csv', csv);
    const manager: Who = { id: '5009', username: 'marc', permissions: '32', locale: 'fr' };
    const p = interactionPayload(2, manager, GUILD_A, {
      id: '9003',
      name: 'import',
      type: 1,
      options: [{ name: 'prospects', type: 1, options: [{ name: 'file', type: 11, value: '7777' }] }],
      resolved: {
        attachments: {
          '7777': {
            id: '7777',
            filename: 'prospects.csv',
            size: csv.length,
            url,
            proxy_url: url,
            content_type: 'text/csv',
          },
        },
      },
    });
    const edit = h.edited(p);
    expect(body(await h.interact(p))).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(((await edit).body as Json).embeds[0].color).toBe(0x57f287);
    const names = await h.app.deps.store.transact(teamOf(GUILD_A), (tx) =>
      tx.prospects.all().map((x) => x.name),
    );
    expect(names).toEqual(expect.arrayContaining(['Garage Dupont', 'Fleurs Rosa']));
    expect(h.fake.requests.some((r) => r.path === '/attachments/prospects.csv')).toBe(true);
  });

  test('every message sent disables mentions', () => {
    const messages = h.fake.requests.filter(
      (r) => (r.path.endsWith('/callback') && body(r).type === 4) || r.path.startsWith('/api/v10/webhooks/'),
    );
    expect(messages.length).toBeGreaterThan(8);
    for (const m of messages) {
      const b = m.body as Json;
      expect((b.data ?? b).allowed_mentions).toEqual({ parse: [] });
    }
  });
});
