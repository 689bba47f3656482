import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { deliveryKey, newCardNonce } from '../../../src/channels/botframework/delivery-key.ts';
import { commandToForm } from '../../../src/channels/teams/cards/form-card.ts';
import { replyToAdaptiveCard } from '../../../src/channels/teams/cards/reply-card.ts';
import { parseSubmission } from '../../../src/channels/teams/cards/submission.ts';
import { reply } from '../../../src/core/reply.ts';

const log = commands.find((c) => c.name === 'log');

describe('delivery keys of cards and activities', () => {
  it('a form carries its id in the submit data, and a reply’s buttons one id each', () => {
    if (!log?.action) throw new Error('no /log');
    const form = commandToForm(log, log.action, 'fr', { once: 'form-123456789' });
    expect(form.actions?.[0]).toMatchObject({
      data: { prospecta: { command: 'log', once: 'form-123456789' } },
    });
    const r = reply({
      blocks: [],
      followUps: [
        { label: 'Visite', command: '/log kind:visit prospect:P-1' },
        { label: 'Entonnoir', command: '/funnel' },
      ],
    });
    const card = replyToAdaptiveCard(r, [], 'nonce-abcdefgh');
    expect(card.actions?.map((a) => a.data)).toEqual([
      { prospecta: { text: '/log kind:visit prospect:P-1', once: 'nonce-abcdefgh.0' } },
      { prospecta: { text: '/funnel', once: 'nonce-abcdefgh.1' } },
    ]);
    expect(newCardNonce()).toMatch(/^[\w-]{16}$/);
    expect(newCardNonce()).not.toBe(newCardNonce());
  });

  it('reads the card id back from a submission, and refuses a malformed one', () => {
    expect(parseSubmission({ prospecta: { command: 'log', once: 'form-123456789' }, kind: 'call' })).toEqual({
      kind: 'structured',
      command: 'log',
      args: { kind: 'call' },
      once: 'form-123456789',
    });
    expect(parseSubmission({ prospecta: { text: '/funnel', once: 'nonce-abcdefgh.1' } })).toEqual({
      kind: 'text',
      text: '/funnel',
      once: 'nonce-abcdefgh.1',
    });
    expect(parseSubmission({ prospecta: { text: '/funnel', once: 'x' } })).toBeUndefined();
    expect(parseSubmission({ prospecta: { text: '/funnel', once: 'a b c d e f g h' } })).toBeUndefined();
  });

  it('keys a delivery by its card, else the web chat stamp or client id, else the Teams activity id', () => {
    const card = parseSubmission({ prospecta: { command: 'log', once: 'form-123456789' } });
    expect(deliveryKey({ id: 'msg-1' }, card, false)).toBe('card:form-123456789');
    expect(deliveryKey({ id: 'msg-1' }, undefined, false)).toBe('teams:msg-1');
    expect(deliveryKey({}, undefined, false)).toBeUndefined();
    const both = { id: 'c|0000001', channelData: { clientActivityID: 'cid-2', 'prospecta.once': 'stamp-1' } };
    expect(deliveryKey(both, undefined, true)).toBe('web:stamp-1');
    expect(
      deliveryKey({ id: 'c|0000002', channelData: { clientActivityID: 'cid-2' } }, undefined, true),
    ).toBe('web:cid-2');
    // The local Direct Line numbers every post: its id says nothing about a repeat.
    expect(deliveryKey({ id: 'c|0000003' }, undefined, true)).toBeUndefined();
  });
});
