import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localeOf } from '../botframework/identity.ts';
import type { DirectLine } from './directline.ts';
import { APP_JS, badParamPage, NAME, PAGE_CSS, webChatPage } from './page.ts';
import { sameSecret } from './secret.ts';

/** Web Chat's browser bundle from the npm package: served by us, no CDN. */
const WEBCHAT_JS = path.join(
  path.dirname(createRequire(import.meta.url).resolve('botframework-webchat')),
  '..',
  'dist',
  'webchat.js',
);

export interface WebChatDeps {
  directLine: DirectLine;
  /** Where the data goes, as the page says it. */
  dataPlace: string;
  /** The installation's secret: the page answers 403 without `?key=` equal to it. */
  secret: string;
}

const FORBIDDEN =
  'Clé manquante ou fausse : ouvrez le lien complet (…/?key=…) affiché par `npm start`.\n' +
  'Missing or wrong key: open the full link (…/?key=…) that `npm start` prints.\n';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...SECURITY_HEADERS });
  res.end(body);
}

/** The local web chat's routes: the page, its scripts, and the Direct Line. False when not one of them. */
export function webChatRoutes(deps: WebChatDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname.startsWith('/directline/')) return deps.directLine.handle(req, res, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    switch (url.pathname) {
      case '/': {
        const q = url.searchParams;
        if (!sameSecret(q.get('key'), deps.secret)) {
          send(res, 403, 'text/plain', FORBIDDEN);
          return true;
        }
        const locale =
          localeOf(q.get('locale') ?? undefined) ??
          localeOf(String(req.headers['accept-language'] ?? '').split(',')[0]) ??
          'fr';
        const team = q.get('team') ?? 'local';
        const user = q.get('user') ?? 'me';
        for (const [name, value] of [
          ['team', team],
          ['user', user],
        ] as const) {
          if (!NAME.test(value)) {
            send(res, 400, 'text/html', badParamPage(name, locale, deps.secret));
            return true;
          }
        }
        const token = deps.directLine.issueToken(team, user);
        const page = webChatPage({ token, team, user, locale, dataPlace: deps.dataPlace, key: deps.secret });
        send(res, 200, 'text/html', page);
        return true;
      }
      case '/webchat/app.js':
        send(res, 200, 'text/javascript', APP_JS);
        return true;
      case '/webchat/page.css':
        send(res, 200, 'text/css', PAGE_CSS);
        return true;
      case '/webchat/webchat.js':
        res.writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'x-content-type-options': 'nosniff',
          'cache-control': 'max-age=3600',
        });
        createReadStream(WEBCHAT_JS).pipe(res);
        return true;
      default:
        return false;
    }
  };
}
