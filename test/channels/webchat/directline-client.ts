import { WEBCHAT_KEY } from '../helpers.ts';

/** The Direct Line token the page at `origin/query` (`?team=ouest&user=alice`) hands to Web Chat. */
export async function pageToken(origin: string, query: string): Promise<string> {
  const html = await (await fetch(`${origin}/${query.replace(/^\?/, `?key=${WEBCHAT_KEY}&`)}`)).text();
  return /"token":"([^"]+)"/.exec(html)?.[1] ?? '';
}

/** A request to the local Direct Line with `token`: a POST of `body` when given, else a GET. */
export const directLineFetch = (origin: string, path: string, token: string, body?: object) =>
  fetch(`${origin}/directline${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body && { body: JSON.stringify(body) }),
  });
