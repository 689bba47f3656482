import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../../domain/ids.ts';
import {
  aboutText,
  type NoticeFacts,
  type NoticeText,
  privacyNotice,
  termsOfUse,
} from '../../privacy/notice-text.ts';
import { escapeHtml as esc } from '../botframework/http-io.ts';

/** The developer pages the Teams manifest links to (websiteUrl, privacyUrl, termsOfUseUrl), served by the bot. */
export const INFO_PATHS = { about: '/about', privacy: '/privacy', terms: '/terms' } as const;
type Page = keyof typeof INFO_PATHS;

const TEXTS: Record<Page, (locale: Locale, f: NoticeFacts) => NoticeText> = {
  about: aboutText,
  privacy: privacyNotice,
  terms: termsOfUse,
};
const NAV: Record<Locale, Record<Page, string> & { other: string }> = {
  fr: { about: 'Prospecta', privacy: 'Confidentialité', terms: 'Conditions d’utilisation', other: 'English' },
  en: { about: 'Prospecta', privacy: 'Privacy', terms: 'Terms of use', other: 'Français' },
};

/** `?lang=` first, then the browser's Accept-Language (its first French or English tag), else French. */
export function pageLocale(query: string | null, acceptLanguage: string | undefined): Locale {
  if (query === 'fr' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}

/** One page as a small self-contained HTML document, with links to the others and the other language. */
export function renderInfoPage(page: Page, locale: Locale, facts: NoticeFacts): string {
  const text = TEXTS[page](locale, facts);
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const links = (Object.keys(INFO_PATHS) as Page[])
    .map((p) => `<a href="${INFO_PATHS[p]}?lang=${locale}">${esc(NAV[locale][p])}</a>`)
    .join(' · ');
  const body = text.sections
    .map((s) => `<h2>${esc(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(text.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1f2933}nav{font-size:.9rem}a{color:#1f3a5f}</style></head>
<body><nav>${links} · <a href="${INFO_PATHS[page]}?lang=${other}" hreflang="${other}">${NAV[locale].other}</a></nav>
<h1>${esc(text.title)}</h1>
${body}
</body></html>
`;
}

/** Answers GET/HEAD on the info pages; false for any other path. */
export function handleInfoPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  facts: NoticeFacts,
): boolean {
  const page = (Object.keys(INFO_PATHS) as Page[]).find((p) => INFO_PATHS[p] === url.pathname);
  if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const locale = pageLocale(url.searchParams.get('lang'), req.headers['accept-language']);
  const html = Buffer.from(renderInfoPage(page, locale, facts));
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': html.byteLength,
    'content-language': locale,
    vary: 'accept-language',
    'x-content-type-options': 'nosniff',
    'cache-control': 'public, max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : html);
  return true;
}
