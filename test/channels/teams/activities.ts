/** Teams-shaped activities as the Bot Framework service posts them (recorded shapes, local ids). */
export const TENANT = 'tenant-0001';
export const TEAM = '19:team-general@thread.tacv2';
export const BOT = { id: '28:prospecta-bot', name: 'Prospecta' };

let seq = 0;

export function channelMessage(text: string, extra: Record<string, unknown> = {}) {
  seq++;
  return {
    type: 'message',
    id: `msg-${seq}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    timestamp: '2026-11-28T09:00:00.000Z',
    locale: 'fr-FR',
    text: `<at>Prospecta</at> ${text}`,
    textFormat: 'plain',
    from: { id: '29:alice-teams', name: 'Alice Martin', aadObjectId: 'aad-alice' },
    recipient: BOT,
    conversation: {
      id: `${TEAM};messageid=${1000 + seq}`,
      conversationType: 'channel',
      tenantId: TENANT,
      isGroup: true,
    },
    entities: [{ type: 'mention', text: '<at>Prospecta</at>', mentioned: BOT }],
    channelData: {
      tenant: { id: TENANT },
      team: { id: TEAM, name: 'Équipe Ouest' },
      channel: { id: TEAM, name: 'Général' },
    },
    ...extra,
  };
}

export function personalMessage(text: string | undefined, extra: Record<string, unknown> = {}) {
  seq++;
  return {
    type: 'message',
    id: `msg-${seq}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'en-US',
    ...(text !== undefined && { text }),
    from: { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' },
    recipient: BOT,
    conversation: { id: 'a:personal-bob', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}
