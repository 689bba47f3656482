import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import settings from '../../../commands/settings.ts';
import watch from '../../../commands/watch.ts';
import { roleMentionsToGroups } from '../../../src/channels/discord/role-mentions.ts';
import {
  body,
  type DiscordHarness,
  GUILD_A,
  interactionPayload,
  opt,
  startDiscordHarness,
  type Who,
} from './harness.ts';

describe('role mentions → group ids, in the Discord adapter', () => {
  test('converts the mentions of a role list option, and only those', () => {
    const typed = { args: { manager_roles: '<@&123456789>, <@&987654321> <@&12>' } };
    expect(roleMentionsToGroups(typed, settings.action)).toEqual({
      args: { manager_roles: 'discord:123456789, discord:987654321 <@&12>' },
    });
    const post = watch.subcommands?.find((s) => s.name === 'post');
    const note = { args: { text: 'Prix en baisse, <@&123456789> à prévenir' } };
    expect(roleMentionsToGroups(note, post)).toBe(note);
  });
});

describe('/settings manager_roles on a fake Discord', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => h?.close());
  const alice: Who = { id: '5001', username: 'alice', locale: 'fr', permissions: '32' };
  const slash = (who: Who, name: string, options: unknown[]) =>
    interactionPayload(2, who, GUILD_A, { id: '9000', name, type: 1, options });

  test('roles picked with @ are saved as the team’s manager groups; a bare number is refused', async () => {
    const set = await h.interact(
      slash(alice, 'settings', [opt('manager_roles', '<@&123456789>, <@&987654321>')]),
    );
    expect(body(set).data.embeds[0].title).toBe('Réglages enregistrés');
    expect(body(set).data.embeds[0].fields[3]).toEqual({
      name: 'Rôles managers',
      value: '<@&123456789>, <@&987654321>',
      inline: true,
    });
    const stored = await h.app.deps.store.transact(
      `discord:${GUILD_A}`,
      (tx) => tx.team.settings.managerGroups,
    );
    expect(stored).toEqual(['discord:123456789', 'discord:987654321']);
    const typedId = await h.interact(slash(alice, 'settings', [opt('manager_roles', '987654321')]));
    expect(body(typedId).data.embeds[0].description).toContain('« 987654321 » n’est pas un rôle Discord');
  });
});
