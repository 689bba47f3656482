export { createDiscordChannel } from './channel.ts';
export { commandsToDiscord } from './commands-json.ts';
export { deployCommands } from './deploy.ts';
export { fromApiInteraction, interactionToInvocation } from './interaction-data.ts';
export { replyToDiscord } from './reply-embeds.ts';
