import { describe, expect, it } from 'vitest';
import { replyToDiscord } from '../../../src/channels/discord/index.ts';
import { reply, text } from '../../../src/core/reply.ts';

describe('replyToDiscord: the reply’s files', () => {
  it('attaches an export’s text and binary files, ephemeral, with their names and bytes', () => {
    const m = replyToDiscord(
      reply({
        blocks: [text('ok')],
        files: [
          { name: 'actions.csv', mimeType: 'text/csv', content: '\uFEFFDate;Type\r\n' },
          { name: 'dossier.pdf', mimeType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]) },
        ],
      }),
    );
    expect(m.files.map((f) => [f.name, [...f.attachment]])).toEqual([
      ['actions.csv', [...Buffer.from('\uFEFFDate;Type\r\n', 'utf8')]],
      ['dossier.pdf', [37, 80, 68, 70]],
    ]);
    expect(m.flags).toBe(64);
  });

  it('delivers no file with an error', () => {
    const m = replyToDiscord(
      reply({
        tone: 'error',
        blocks: [text('non')],
        error: { code: 'x', message: 'non' },
        files: [{ name: 'a.csv', mimeType: 'text/csv', content: 'a' }],
      }),
    );
    expect(m.files).toEqual([]);
  });
});
