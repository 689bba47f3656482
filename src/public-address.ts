/**
 * The checks on the bot's identity and public address shared by the configuration (start-up) and
 * `npm run teams:package`, so that both refuse the same values with the same words.
 */

/** The all-zero GUID shown in .env.example: a package or a server with it would never be reached. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `id` cannot be the bot's Microsoft app id, or undefined when it can. */
export function appIdProblem(id: string): string | undefined {
  if (id === PLACEHOLDER_APP_ID)
    return `${PLACEHOLDER_APP_ID} is the placeholder from .env.example: set the bot's Microsoft App ID (Azure Bot → Configuration, or Teams Developer Portal → Bot management), or leave MicrosoftAppId unset for local mode`;
  if (!GUID.test(id)) return `must be the bot's Microsoft App ID, a GUID like 1b7ed3f2-…; got "${id}"`;
  return undefined;
}

/**
 * Why `url` cannot be the bot's public address, or undefined. Teams (a cloud client) loads chart
 * images, upload pages and the privacy pages over https only. Plain http is allowed for a loopback
 * host when `localOnly` (no credentials: the server answers this machine only, e.g. the local web
 * chat or the Bot Framework Emulator), never for a package or a server Teams reaches.
 */
export function publicBaseUrlProblem(url: string, localOnly: boolean): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be an https address like https://prospecta.example.org; got "${url}"`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && localOnly && LOOPBACK.has(parsed.hostname)) return undefined;
  return `must start with https:// (Teams loads images and pages over https only), e.g. https://prospecta.example.org; http:// is accepted only for localhost or 127.0.0.1 without MicrosoftAppId; got "${url}"`;
}
