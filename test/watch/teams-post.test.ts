import { describe, expect, it } from 'vitest';
import { startHttp } from '../channels/helpers.ts';
import { channelMessage, TEAM } from '../channels/teams/activities.ts';
import { startFakeConnector } from '../channels/teams/fake-connector.ts';

describe('a watch note posted from Teams', () => {
  it('is posted as a card in the team’s posts channel with its rating explained, and confirmed to the poster', async () => {
    const connector = await startFakeConnector();
    const server = await startHttp();
    try {
      const send = (text: string) =>
        fetch(`${server.origin}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(channelMessage(text, { serviceUrl: connector.serviceUrl })),
        });
      expect((await send('/canal définir')).status).toBe(200);
      await connector.waitFor(1);
      const res = await send(
        '/veille publier type:juridique titre:"Démarchage téléphonique" texte:"Consentement préalable obligatoire" fiabilité:A crédibilité:1 source:https://www.legifrance.gouv.fr',
      );
      expect(res.status).toBe(200);
      const all = await connector.waitFor(3);
      const [post, confirmation] = [all[1], all[2]];
      expect(post?.path).toBe(`/v3/conversations/${encodeURIComponent(TEAM)}/activities`);
      const card = JSON.stringify(post?.body.attachments);
      expect(card).toContain('Démarchage téléphonique · W-1');
      expect(card).toContain('A1 : source totalement fiable, information confirmée');
      expect(JSON.stringify(confirmation?.body.attachments)).toContain('Publiée dans le canal de l’équipe.');
    } finally {
      await server.close();
      await connector.close();
    }
  });
});
