import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/core/render-text.ts';
import { reply, text } from '../../src/core/reply.ts';

describe('plain text (terminal)', () => {
  it('shows a bold line without its markdown stars, and leaves stars inside a line alone', () => {
    const out = renderPlainText(
      reply({
        blocks: [text('**Saisir**\n/journal — Enregistrer une action\nTaux 133,3 %** (12/9), 120 %**')],
      }),
    );
    expect(out).toContain('Saisir\n/journal — Enregistrer une action');
    expect(out).not.toContain('**Saisir**');
    expect(out).toContain('Taux 133,3 %** (12/9), 120 %**');
  });
});
