import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import { escapeHtml as esc, MAX_UPLOAD_BYTES } from '../botframework/http-io.ts';
import { welcome } from './welcome.ts';

/** Team and user names the page accepts (`?team=demo&user=me`), as the terminal's `--team`/`--user`. */
export const NAME = /^[\p{L}\p{N}_.-]{1,40}$/u;

export interface PageConfig {
  token: string;
  team: string;
  user: string;
  locale: Locale;
  /** Where the data goes: the data folder, or the database (without its password). */
  dataPlace: string;
  /** The installation's secret, carried by the page's links and form. */
  key: string;
}

/** The local web chat page: says it is a local test chat, lets one pick the team and user, runs Web Chat. */
export function webChatPage(cfg: PageConfig): string {
  const t = createTranslator(cfg.locale);
  const config = JSON.stringify({
    token: cfg.token,
    userId: `web:${cfg.user}`,
    user: cfg.user,
    locale: cfg.locale === 'fr' ? 'fr-FR' : 'en-US',
    welcome: welcome(cfg.locale),
    downloadFailed: t('webchat.download_failed'),
    // Web Chat shows only "Send failed" when the server refuses a message's files as too big (413):
    // the page checks their size first, and says what to do instead (filled in by the page).
    maxUpload: MAX_UPLOAD_BYTES,
    tooLarge: t('webchat.file_too_large', {
      team: cfg.team,
      limit: MAX_UPLOAD_BYTES / 2 ** 20,
      name: '{name}',
      size: '{size}',
      command: '{command}',
    }),
    importDefault: t('webchat.import_default'),
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${cfg.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('webchat.title'))}</title>
<link rel="stylesheet" href="/webchat/page.css">
</head>
<body>
<header>
  <h1>${esc(t('webchat.title'))}</h1>
  <p class="notice" role="note">${esc(t('webchat.notice', { team: cfg.team, user: cfg.user, dataDir: cfg.dataPlace }))}</p>
  <form method="get" action="/">
    <label>${esc(t('webchat.team'))} <input name="team" value="${esc(cfg.team)}" required maxlength="40"></label>
    <label>${esc(t('webchat.user'))} <input name="user" value="${esc(cfg.user)}" required maxlength="40"></label>
    <input type="hidden" name="locale" value="${cfg.locale}">
    <input type="hidden" name="key" value="${esc(cfg.key)}">
    <button type="submit">${esc(t('webchat.open'))}</button>
    <a href="/?key=${encodeURIComponent(cfg.key)}&amp;team=demo&amp;user=${encodeURIComponent(cfg.user)}&amp;locale=${cfg.locale}">${esc(t('webchat.demo'))}</a>
    <a href="/?key=${encodeURIComponent(cfg.key)}&amp;team=${encodeURIComponent(cfg.team)}&amp;user=${encodeURIComponent(cfg.user)}&amp;locale=${cfg.locale === 'fr' ? 'en' : 'fr'}">${cfg.locale === 'fr' ? 'English' : 'Français'}</a>
  </form>
  <p class="hint">${esc(t('webchat.hint'))}</p>
</header>
<main id="webchat" role="main"></main>
<script type="application/json" id="prospecta-config">${config}</script>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/app.js"></script>
</body>
</html>`;
}

/** Starts Web Chat on the local Direct Line (served as `/webchat/app.js`). */
export const APP_JS = `'use strict';
(function () {
  var cfg = JSON.parse(document.getElementById('prospecta-config').textContent);
  // Web Chat gives each try of a message a new clientActivityID, "Retry" included: the stamp set on
  // the first try stays in channelData, so the bot saves a message re-sent after an error once.
  var stamp = function () {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now().toString(36) + Math.random().toString(36).slice(2);
  };
  // The greeting, shown by the page once connected (never sent to the bot), with three commands to
  // start with as suggested actions in the user's language. It goes through Web Chat's incoming
  // queue, whose saga is what turns a bot message's suggested actions into buttons.
  var said = function (id, text, more) {
    return {
      type: 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY',
      payload: {
        activity: Object.assign(
          { type: 'message', id: id, timestamp: new Date().toISOString(), from: { id: 'prospecta', name: 'Prospecta', role: 'bot' }, text: text },
          more
        )
      }
    };
  };
  var welcome = function () {
    return said('prospecta-welcome', cfg.welcome.text, {
      suggestedActions: {
        actions: cfg.welcome.actions.map(function (a) {
          return { type: 'imBack', title: a.title, value: a.value };
        })
      }
    });
  };
  // Files over what the server accepts (it would answer 413, which Web Chat shows as "Send failed"):
  // the message is not sent, and the page says how to import them from the terminal instead.
  var tooLarge = function (activity) {
    var sizes = (activity.channelData && activity.channelData.attachmentSizes) || [];
    var total = sizes.reduce(function (sum, n) { return sum + n; }, 0);
    if (total <= cfg.maxUpload) return undefined;
    var names = (activity.attachments || []).map(function (a) { return a.name; });
    var typed = (activity.text || '').trim();
    return cfg.tooLarge
      .split('{name}').join(names.join(', '))
      .split('{size}').join((total / 1048576).toLocaleString(cfg.locale, { maximumFractionDigits: 1 }))
      .split('{command}').join(typed.charAt(0) === '/' ? typed : cfg.importDefault);
  };
  var store = window.WebChat.createStore({}, function (api) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          var result = next(action);
          // Once Web Chat's connected-state watchers run, so the suggested actions show.
          setTimeout(function () {
            api.dispatch(welcome());
          }, 0);
          return result;
        }
        var activity = action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity;
        var refused = activity && tooLarge(activity);
        if (refused) return api.dispatch(said('prospecta-too-large-' + stamp(), refused));
        if (activity && !(activity.channelData && activity.channelData['prospecta.once'])) {
          var channelData = Object.assign({}, activity.channelData, { 'prospecta.once': stamp() });
          activity = Object.assign({}, activity, { channelData: channelData });
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
        }
        return next(action);
      };
    };
  });
  var directLine = window.WebChat.createDirectLine({
    token: cfg.token,
    domain: location.origin + '/directline',
    webSocket: false,
    pollingInterval: 300
  });
  window.WebChat.renderWebChat(
    {
      directLine: directLine,
      store: store,
      userID: cfg.userId,
      username: cfg.user,
      locale: cfg.locale,
      styleOptions: { bubbleMaxWidth: 960, botAvatarInitials: 'P', userAvatarInitials: cfg.user.slice(0, 2).toUpperCase() }
    },
    document.getElementById('webchat')
  );
  // A file sent in the conversation is served only with the conversation's token (an Authorization
  // header), which a plain link cannot send (the browser then got 403): its link is fetched with the
  // token, and the file saved from memory under its name.
  var attachments = location.origin + '/directline/attachments/';
  document.addEventListener(
    'click',
    function (e) {
      var link = e.target && e.target.closest ? e.target.closest('a[href]') : null;
      if (!link || link.href.indexOf(attachments) !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      fetch(link.href, { headers: { Authorization: 'Bearer ' + cfg.token } })
        .then(function (res) {
          if (!res.ok) throw new Error(String(res.status));
          return res.blob();
        })
        .then(function (blob) {
          var url = URL.createObjectURL(blob);
          var save = document.createElement('a');
          save.href = url;
          save.download = link.getAttribute('download') || decodeURIComponent(link.href.split('/').pop());
          document.body.appendChild(save);
          save.click();
          save.remove();
          setTimeout(function () {
            URL.revokeObjectURL(url);
          }, 60000);
        })
        .catch(function (err) {
          window.alert(cfg.downloadFailed + ' (' + err.message + ')');
        });
    },
    true
  );
  document.querySelector('#webchat').focus();
})();
`;

export const PAGE_CSS = `html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
header { padding: 8px 16px; background: #1f3a5f; color: #fff; }
header h1 { font-size: 18px; margin: 4px 0; }
header p { margin: 4px 0; font-size: 13px; }
header .notice { background: #fff3cd; color: #5c4400; padding: 4px 8px; border-radius: 4px; }
header form { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 13px; }
header input { width: 8em; }
header a { color: #cfe3ff; }
main { flex: 1; min-height: 0; }
`;

/** The page when `?team=` or `?user=` is not a valid name; its link keeps the key (`/` alone answers 403). */
export function badParamPage(name: string, locale: Locale, key: string): string {
  const t = createTranslator(locale);
  const home = `/?key=${encodeURIComponent(key)}&amp;locale=${locale}`;
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>Prospecta</title><p>${esc(t('webchat.bad_param', { name }))}</p><p><a href="${home}">/</a></p></html>`;
}
