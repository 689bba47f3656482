import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import type { Registry } from '../../core/command.ts';
import { commandsToDiscord } from './commands-json.ts';

/**
 * Registers every command with Discord: to one server when `guildId` is set (instant, for trying
 * it out), else globally. A PUT replaces the whole set, so removed commands disappear too.
 */
export async function deployCommands(
  config: DiscordConfig,
  registry: Registry,
): Promise<{ count: number; scope: string }> {
  const rest = new REST({ version: '10', ...(config.apiUrl && { api: config.apiUrl }) }).setToken(
    config.token,
  );
  const body = commandsToDiscord(registry, config.guildId ? 'guild' : 'global');
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { count: result.length, scope: config.guildId ? `server ${config.guildId}` : 'global' };
}
