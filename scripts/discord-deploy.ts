import { commands } from '../commands/index.ts';
import { deployCommands } from '../src/channels/discord/index.ts';
import { loadConfig } from '../src/config.ts';
import { createRegistry } from '../src/core/registry.ts';
import { loadDotEnv } from '../src/env-file.ts';

/** `npm run discord:deploy`: registers the slash commands (DISCORD_GUILD_ID set: that server only). */
loadDotEnv();
const config = loadConfig();
if (!config.discord) {
  console.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example and docs/discord.md).');
  process.exit(2);
}
try {
  const { count, scope } = await deployCommands(config.discord, createRegistry(commands));
  console.log(`✓ ${count} commands registered (${scope})`);
} catch (e) {
  console.error(`Registering the commands failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
