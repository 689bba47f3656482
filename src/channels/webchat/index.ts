import type { HostedChatFactory } from '../botframework/hosted-chat.ts';
import { createDirectLine } from './directline.ts';
import { webChatPoster } from './poster.ts';
import { webChatRoutes } from './routes.ts';
import { webChatSecret } from './secret.ts';
import { webChatSurface } from './surface.ts';

export interface WebChatOptions {
  dataDir: string;
  /** Where the data goes, as the page says it (the data folder, or the database without its password). */
  dataPlace?: string;
  /** The page's key; by default the installation's, kept in the data folder. */
  secret?: string;
  /** Creates the demo team on the first conversation with `?team=demo` (the app's demo data). */
  seedDemo?: () => Promise<unknown>;
}

/**
 * The local web chat (its page, its Direct Line, its conversations as posts places), hosted by
 * the Bot Framework HTTP server on this computer: the app assembles it, the server runs its turns.
 */
export function createWebChat(opts: WebChatOptions): HostedChatFactory {
  return (host) => {
    const secret = opts.secret ?? webChatSecret(opts.dataDir);
    const directLine = createDirectLine({
      serviceUrl: () => `${host.origin()}/directline/`,
      // The demo team is made when its first conversation starts (a POST), never by a page view.
      async conversationStarts(team) {
        if (team === 'demo') await opts.seedDemo?.();
      },
      // The web chat's turns go through the same adapter and bot as Teams, answered in the HTTP response.
      runTurn: (activity, identity) =>
        host.runTurn(
          activity,
          webChatSurface(identity, (contentUrl) => directLine.uploadedFile(contentUrl)),
        ),
    });
    const routes = webChatRoutes({ dataPlace: opts.dataPlace ?? opts.dataDir, directLine, secret });
    return {
      name: 'Local web chat',
      platform: 'web',
      handle: routes,
      poster: webChatPoster(directLine, (reply) => host.replyActivity(reply)),
      where: (origin) =>
        `${origin}/?key=${secret} — local test chat, this computer only, open this link (its key is in ${opts.dataDir}/.webchat-secret); the Bot Framework endpoint is closed without credentials`,
    };
  };
}
