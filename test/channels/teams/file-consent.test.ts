import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_CARD, FILE_INFO_CARD } from '../../../src/channels/teams/file-offers.ts';
import { BOT, channelMessage, personalMessage, TENANT } from './activities.ts';
import { type ConnectorHarness, startConnectorHarness } from './connector-harness.ts';

type Attachment = {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: Record<string, unknown>;
};
type Sent = { text?: string; attachments?: Attachment[] };

const ALICE = { id: '29:alice-teams', name: 'Alice Martin', aadObjectId: 'aad-alice' };
const alicePersonal = (text: string) =>
  personalMessage(text, {
    from: ALICE,
    locale: 'fr-FR',
    conversation: { id: 'a:personal-alice', conversationType: 'personal', tenantId: TENANT },
  });

/** The user's Allow or Decline on a consent card, as Teams sends it (uploadInfo on Allow only). */
function consentAnswer(
  h: ConnectorHarness,
  action: 'accept' | 'decline',
  context: unknown,
  name: string,
  opts: { from?: object; down?: boolean } = {},
) {
  return {
    type: 'invoke',
    name: 'fileConsent/invoke',
    id: `invoke-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    from: opts.from ?? { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' },
    recipient: BOT,
    conversation: { id: 'a:personal-bob', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-US',
    value: {
      type: 'fileUpload',
      action,
      context,
      ...(action === 'accept' && {
        uploadInfo: {
          name,
          uploadUrl: `${h.connector.serviceUrl}${opts.down ? 'onedrive-down' : 'onedrive'}/${encodeURIComponent(name)}`,
          contentUrl: `https://contoso-my.sharepoint.com/personal/bob/Documents/Applications/Prospecta/${name}`,
          uniqueId: `unique-${name}`,
          fileType: name.split('.').at(-1),
        },
      }),
    },
  };
}

describe('Teams: a reply’s files through the file consent flow', () => {
  let h: ConnectorHarness;
  /** What the bot sent to the connector from the `from`-th capture on. */
  const sentSince = (from: number): { path: string; body: Sent }[] =>
    h.connector.received.slice(from).map((c) => ({ path: c.path, body: c.body as Sent }));
  const consentCards = (from: number) =>
    sentSince(from).flatMap((s) =>
      (s.body.attachments ?? [])
        .filter((a) => a.contentType === FILE_CONSENT_CARD)
        .map((a) => ({ ...a, path: s.path })),
    );
  const texts = (from: number) => sentSince(from).flatMap((s) => (s.body.text ? [s.body.text] : []));

  beforeAll(async () => {
    h = await startConnectorHarness();
    await h.send(
      personalMessage('/log kind:call outcome:reached prospect:"Garage du Parc" note:"premier appel"'),
    );
  });
  afterAll(() => h.close());

  it('in a personal chat: the answer, then a consent card; on Allow the file lands in OneDrive and shows as a file card', async () => {
    const from = h.connector.received.length;
    await h.send(personalMessage('/export prospects'));
    const [card] = consentCards(from);
    expect(card?.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-bob\/activities/);
    const name = card?.name ?? '';
    expect(name).toMatch(/^prospects.*\.csv$/);
    const content = card?.content as { sizeInBytes: number; description: string; acceptContext: unknown };
    expect(content.description).toMatch(/^The file of your command \(\d+ kB\)/);
    expect(h.connector.uploads.has(name)).toBe(false);

    const at = h.connector.received.length;
    await h.send(consentAnswer(h, 'accept', content.acceptContext, name));
    const upload = h.connector.uploads.get(name);
    expect(upload?.bytes.length).toBe(content.sizeInBytes);
    expect(upload?.contentRange).toBe(`bytes 0-${content.sizeInBytes - 1}/${content.sizeInBytes}`);
    // The CSV French Excel opens (BOM, semicolons), with the prospect logged above.
    const csv = upload?.bytes.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Garage du Parc');
    const info = sentSince(at).flatMap((s) => s.body.attachments ?? []);
    expect(info).toEqual([
      {
        contentType: FILE_INFO_CARD,
        contentUrl: `https://contoso-my.sharepoint.com/personal/bob/Documents/Applications/Prospecta/${name}`,
        name,
        content: { uniqueId: `unique-${name}`, fileType: 'csv' },
      },
    ]);

    // The same card allowed again: the file was sent once, and is not any more on offer.
    const again = h.connector.received.length;
    h.connector.uploads.clear();
    await h.send(consentAnswer(h, 'accept', content.acceptContext, name));
    expect(h.connector.uploads.size).toBe(0);
    expect(texts(again)).toEqual([
      'This file is no longer available (an offered file waits 30 minutes and is sent once): run the command again.',
    ]);
  });

  it('on Decline nothing is uploaded, the bot says so, and the offer is gone', async () => {
    const from = h.connector.received.length;
    await h.send(personalMessage('/export activities format:xlsx'));
    const [card] = consentCards(from);
    const name = card?.name ?? '';
    expect(name).toMatch(/\.xlsx$/);
    const context = (card?.content as { declineContext?: unknown } | undefined)?.declineContext;
    const at = h.connector.received.length;
    await h.send(consentAnswer(h, 'decline', context, name));
    expect(texts(at)).toEqual([`File ${name} not sent, as you chose. Run the command again to receive it.`]);
    await h.send(consentAnswer(h, 'accept', context, name));
    expect(h.connector.uploads.has(name)).toBe(false);
  });

  it('someone else’s Allow uploads nothing; an unreachable OneDrive is said, and the offer kept', async () => {
    const from = h.connector.received.length;
    await h.send(personalMessage('/export prospects format:xlsx'));
    const [card] = consentCards(from);
    const name = card?.name ?? '';
    const context = (card?.content as { acceptContext?: unknown } | undefined)?.acceptContext;
    const at = h.connector.received.length;
    await h.send(consentAnswer(h, 'accept', context, name, { from: ALICE }));
    expect(h.connector.uploads.has(name)).toBe(false);
    expect(texts(at)).toEqual([
      'This file was prepared for someone else: run the command yourself to receive yours.',
    ]);
    const down = h.connector.received.length;
    await h.send(consentAnswer(h, 'accept', context, name, { down: true }));
    expect(texts(down)).toEqual([
      `Uploading ${name} to your OneDrive failed: run the command again to retry.`,
    ]);
    await h.send(consentAnswer(h, 'accept', context, name));
    expect(h.connector.uploads.get(name)?.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('in a channel: sent to the member’s personal chat when there is one, else it says to ask there', async () => {
    const from = h.connector.received.length;
    await h.send(channelMessage('/exporter prospects'));
    expect(consentCards(from)).toEqual([]);
    expect(texts(from).at(-1)).toMatch(
      /^Teams ne permet d’envoyer des fichiers que dans une conversation privée \(prospects.*\.csv\) : ouvrez une conversation avec Prospecta/,
    );

    await h.send(alicePersonal('/aide'));
    const at = h.connector.received.length;
    await h.send(channelMessage('/exporter prospects'));
    const cards = consentCards(at);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-alice\/activities/);
    expect(texts(at).at(-1)).toMatch(
      /^Fichier envoyé dans votre conversation privée avec Prospecta \(prospects.*\.csv\) : acceptez-le là-bas/,
    );
  });
});
