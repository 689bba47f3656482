import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import { libraryConsole } from '../botframework/library-console.ts';

/**
 * The Bot Framework adapter. With credentials it authenticates every request (JWT from the Bot
 * Framework service) and signs its replies; without them (local mode, like Bot Framework
 * Emulator) it checks nothing, which is why the server then listens on loopback only.
 */
export function createAdapter(teams: TeamsConfig | undefined, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    teams
      ? {
          MicrosoftAppId: teams.appId,
          MicrosoftAppType: teams.appType,
          ...(teams.password && { MicrosoftAppPassword: teams.password }),
          ...(teams.tenantId && { MicrosoftAppTenantId: teams.tenantId }),
        }
      : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (turn, error) => {
    logger.error('teams turn failed', {
      activityType: turn.activity.type,
      conversation: turn.activity.conversation?.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    const fr = (turn.activity.locale ?? 'fr').toLowerCase().startsWith('fr');
    await turn
      .sendActivity(
        fr ? 'Une erreur inattendue s’est produite. Réessayez.' : 'Something went wrong. Please try again.',
      )
      .catch(() => undefined);
  };
  // botbuilder prints on stderr (console.error) inside `process`: through the logger instead.
  const quiet = libraryConsole(logger);
  const process = adapter.process.bind(adapter) as (...args: unknown[]) => Promise<void>;
  adapter.process = ((...args: unknown[]) => quiet(() => process(...args))) as typeof adapter.process;
  return adapter;
}
