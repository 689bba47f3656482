import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpChannel } from '../../../src/channels/teams/http-channel.ts';
import { linksCollection } from '../../../src/core/conversations/links.ts';
import { reply, text } from '../../../src/core/reply.ts';
import { startHttp } from '../helpers.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';
import { openUpload } from './upload-helpers.ts';

type Card = { body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const PERSONAL_TEAM = `teams:${TENANT}:conv:a:personal-bob`;

async function post(origin: string, activity: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const body = await res.text();
  const json = res.headers.get('content-type')?.includes('json');
  return { status: res.status, body: json && body ? JSON.parse(body) : body };
}

/** The one Adaptive Card of an expectReplies answer. */
async function ask(origin: string, activity: object): Promise<Card> {
  const res = await post(origin, { ...activity, deliveryMode: 'expectReplies' });
  expect(res.status).toBe(200);
  const activities = res.body.activities as { attachments: { contentType: string; content: Card }[] }[];
  expect(activities).toHaveLength(1);
  const attachment = activities[0]?.attachments[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment?.content as Card;
}

const texts = (card: Card): string[] =>
  JSON.stringify(card.body)
    .match(/"(?:text|title|value)":"[^"]*"/g)
    ?.map((s) => s.replace(/^"\w+":"|"$/g, '')) ?? [];

describe('Teams over HTTP through the real CloudAdapter (local mode)', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  it('a channel message with the bot’s @mention logs the action in the Teams team', async () => {
    const card = await ask(
      server.origin,
      channelMessage('/log kind:call outcome:appointment prospect:"Boulangerie Martin"'),
    );
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Appel enregistré', color: 'Good' });
    const facts = card.body.find((e) => e.type === 'FactSet') as {
      facts: { title: string; value: string }[];
    };
    expect(facts.facts).toContainEqual({ title: 'Prospect', value: 'Boulangerie Martin (P-1)' });
    expect(facts.facts).toContainEqual({ title: 'Commercial', value: 'Alice Martin' });
    const first = card.actions?.[0]?.data as { prospecta: { once: string } } | undefined;
    const nonce = String(first?.prospecta.once).slice(0, -2);
    expect(card.actions?.map((a) => (a.data as { prospecta: unknown }).prospecta)).toEqual([
      { text: '/journal type:visite prospect:P-1', once: `${nonce}.0` },
      { text: '/action modifier A-1', once: `${nonce}.1` },
      { text: '/action supprimer A-1', once: `${nonce}.2` },
      { text: '/entonnoir période:cette-semaine', once: `${nonce}.3` },
    ]);
    expect(facts.facts).toContainEqual({ title: 'Référence', value: 'A-1' });
    const stored = await server.app.deps.store.transact(CHANNEL_TEAM, (tx) => ({
      name: tx.team.name,
      activities: tx.activities.all(),
      member: tx.members.get('teams:aad-alice'),
      links: tx.collection(linksCollection).all(),
    }));
    expect(stored.name).toBe('Équipe Ouest');
    expect(stored.activities).toHaveLength(1);
    expect(stored.activities[0]).toMatchObject({
      kind: 'call',
      outcome: 'appointment',
      repId: 'teams:aad-alice',
    });
    expect(stored.member?.role).toBe('admin'); // the first user of a team sets it up
    expect(stored.links.map((l) => [l.id, l.purpose])).toEqual([[`teams:${TEAM}`, 'conversation']]);
  });

  it('a personal chat is its own team, answers in the activity’s language, without a leading slash', async () => {
    const card = await ask(
      server.origin,
      personalMessage('log kind:visit outcome:signed prospect:Garage amount:1200'),
    );
    expect(card.body[0]).toMatchObject({ text: 'Visit logged' });
    expect(texts(card)).toContain('€1,200.00');
    const activities = await server.app.deps.store.transact(PERSONAL_TEAM, (tx) => tx.activities.all());
    expect(activities.map((a) => [a.kind, a.outcome, a.amount, a.repId])).toEqual([
      ['visit', 'signed', 1200, 'teams:aad-bob'],
    ]);
  });

  it('a card’s Action.Submit (value, no text) logs an activity with the form’s string values', async () => {
    const card = await ask(
      server.origin,
      personalMessage(undefined, {
        value: {
          prospecta: { command: 'log' },
          kind: 'call',
          outcome: 'no_answer',
          prospect: 'Café du Port',
          date: '2026-11-27',
          duration: '15',
          note: '',
        },
      }),
    );
    expect(card.body[0]).toMatchObject({ text: 'Call logged' });
    const last = await server.app.deps.store.transact(PERSONAL_TEAM, (tx) => tx.activities.all().at(-1));
    expect(last).toMatchObject({ kind: 'call', outcome: 'no_answer', date: '2026-11-27', durationMin: 15 });
    expect(last).not.toHaveProperty('note');
  });

  it('/log without its options answers with the /log form, prefilled with what was typed', async () => {
    const card = await ask(server.origin, channelMessage('/journal prospect:"Garage Dupont"'));
    const inputs = card.body.filter((e) => String(e.type).startsWith('Input.'));
    expect(inputs.map((i) => [i.type, i.id])).toContainEqual(['Input.ChoiceSet', 'kind']);
    expect(inputs.find((i) => i.id === 'prospect')).toMatchObject({
      value: 'Garage Dupont',
      isRequired: true,
    });
    expect(card.body.some((e) => e.color === 'Attention')).toBe(true); // says what is missing
    expect(card.actions?.[0]).toMatchObject({
      type: 'Action.Submit',
      data: { prospecta: { command: 'log' } },
    });
  });

  it('/help is a card with a button per command that opens its form', async () => {
    const card = await ask(server.origin, personalMessage('/help'));
    // The forms wait behind one button per task group (Action.ShowCard), each unfolding its forms.
    type Button = {
      title: string;
      data?: { prospecta: Record<string, unknown> };
      card?: { body: { actions: Button[] }[] };
    };
    const groups = card.body.filter((e) => e.type === 'ActionSet').flatMap((s) => s.actions as Button[]);
    const buttons = groups.flatMap((g) => g.card?.body.flatMap((b) => b.actions) ?? []);
    expect(buttons.find((b) => b.title === '/log')?.data?.prospecta).toEqual({ command: 'log', form: true });
    const form = await ask(
      server.origin,
      personalMessage(undefined, { value: { prospecta: { command: 'funnel', form: true } } }),
    );
    expect(form.body.filter((e) => e.type === 'Input.Text').map((e) => e.id)).toContain('period');
  });

  it('refuses a request that does not name a loopback host (DNS rebinding)', async () => {
    const { port } = new URL(server.origin);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('replies and proactive posts through a fake Bot Framework connector', () => {
  it('sends replies to the serviceUrl, and posts a Reply in the team’s posts channel, also after a restart', async () => {
    const connector = await startFakeConnector();
    let server = await startHttp();
    try {
      const msg = channelMessage('/canal définir', { serviceUrl: connector.serviceUrl });
      const res = await post(server.origin, msg);
      expect(res.status).toBe(200);
      const [sent] = await connector.waitFor(1);
      expect(sent?.path).toBe(
        `/v3/conversations/${encodeURIComponent(msg.conversation.id)}/activities/${msg.id}`,
      );
      const content = (sent?.body.attachments as { content: Card }[] | undefined)?.[0]?.content;
      expect(content?.body[0]).toMatchObject({ text: 'Canal des publications enregistré' });

      await server.close(true);
      server = await startHttp({}, { dir: server.dir });
      const posted = await server.channel.postReply(
        CHANNEL_TEAM,
        reply({ title: 'Veille de la semaine', visibility: 'shared', blocks: [text('3 notes utiles')] }),
      );
      expect(posted).toBe(true);
      const all = await connector.waitFor(2);
      expect(all[1]?.method).toBe('POST');
      // A new thread in the channel: no message id, no reply-to.
      expect(all[1]?.path).toBe(`/v3/conversations/${encodeURIComponent(TEAM)}/activities`);
      const card = (all[1]?.body.attachments as { content: Card }[] | undefined)?.[0]?.content;
      expect(texts(card as Card)).toEqual(['Veille de la semaine', '3 notes utiles']);
      expect(await server.channel.postReply(PERSONAL_TEAM, reply({ blocks: [text('x')] }))).toBe(false);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe('files on Teams: an upload link, since Teams passes no attachment to bots', () => {
  it('answers /import with a link of its own; the file dropped there imports and the answer is posted', async () => {
    const connector = await startFakeConnector();
    const server = await startHttp();
    const message = (text: string, extra: Record<string, unknown> = {}) =>
      channelMessage(text, { serviceUrl: connector.serviceUrl, ...extra });
    try {
      const typed = message('/import prospects');
      const card = await ask(server.origin, typed);
      expect(texts(card).join(' ')).toContain('Teams ne transmet pas les fichiers joints au bot');
      const action = (card.actions?.[0] ?? {}) as { type?: string; data?: { msteams?: unknown } };
      // The button opens Teams' dialog (task/fetch), where the page is given to the command's author.
      expect(action.type).toBe('Action.Submit');
      expect(action.data?.msteams).toEqual({ type: 'task/fetch' });
      const { url, html, drop } = await openUpload(server.origin, typed);
      expect(url).toMatch(new RegExp(`^${server.origin}/upload/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{32}$`));
      expect(html).toContain('Équipe « Équipe Ouest », commande /import prospects');

      // A bad file: every row error shown on the page, nothing stored, the link still valid.
      const bad = await drop('name,company,city\n"Boulangerie Martin,Lyon\n');
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('le lien reste valable');
      expect(await server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.prospects.size)).toBe(0);
      expect((await drop(null)).status).toBe(400);

      const done = await drop(
        'name,company,city\nBoulangerie Martin,Martin SARL,Lyon\nGarage Durand,,Nantes\n',
      );
      expect(done.status).toBe(200);
      const page = await done.text();
      expect(page).toContain('2 prospects importés');
      expect(page).toContain('aussi été postée dans la conversation Teams');
      const names = await server.app.deps.store.transact(CHANNEL_TEAM, (tx) =>
        tx.prospects.all().map((p) => p.name),
      );
      expect(names.sort()).toEqual(['Boulangerie Martin', 'Garage Durand']);
      const [posted] = await connector.waitFor(1);
      expect(posted?.method).toBe('POST');
      const postedCard = (posted?.body.attachments as { content: Card }[] | undefined)?.[0]?.content;
      expect(texts(postedCard as Card)[0]).toBe('2 prospects importés');
      // Used: the link is gone.
      const again = await fetch(url);
      expect(again.status).toBe(404);
      expect(await again.text()).toContain('a expiré ou a déjà servi');

      // In a personal chat whose service cannot be reached, the page says nothing of a post.
      const personal = await openUpload(server.origin, personalMessage('import prospects'));
      const alone = await personal.drop('name\nBoulangerie Petit\n');
      expect(alone.status).toBe(200);
      const alonePage = await alone.text();
      expect(alonePage).toContain('1 prospect imported');
      expect(alonePage).not.toContain('also posted');

      // A rep may not import: told so, and given no link.
      const rep = await ask(
        server.origin,
        message('/import prospects', {
          from: { id: '29:carol-teams', name: 'Carol Petit', aadObjectId: 'aad-carol' },
        }),
      );
      expect(rep.actions ?? []).toEqual([]);
      expect(texts(rep).join(' ')).toMatch(/manager|responsable/i);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe('binding and authentication', () => {
  it('local mode refuses a non-loopback HOST at start-up', async () => {
    const server = await startHttp();
    try {
      const app = { ...server.app, config: { ...server.app.config, http: { port: 0, host: '0.0.0.0' } } };
      expect(() => createHttpChannel(app)).toThrow(/HOST=0\.0\.0\.0 refused.*127\.0\.0\.1/);
    } finally {
      await server.close();
    }
  });

  it('with credentials, an unauthenticated request gets 401 and writes nothing; no web chat', async () => {
    const server = await startHttp({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
    });
    try {
      const res = await post(server.origin, channelMessage('/log kind:call outcome:refused prospect:X'));
      expect(res.status).toBe(401);
      const forged = await post(server.origin, channelMessage('/log kind:call outcome:refused prospect:X'), {
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.',
      });
      expect(forged.status).toBe(401);
      expect(await server.app.deps.store.listTeams()).toEqual([]);
      expect((await fetch(`${server.origin}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
