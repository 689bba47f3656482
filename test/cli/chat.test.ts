import { describe, expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';

const { chat } = useCli('prospecta-chat-');

describe('prospecta chat', () => {
  it('answers typed commands, with or without the slash, writes charts to files, and quits', async () => {
    const { code, out } = await chat([
      'journal type:appel résultat:rdv prospect:"Garage Dupont"',
      '/entonnoir cette-semaine',
      '/lgo',
      'quitter',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Prospecta — chat local');
    expect(out).toContain('Appel enregistré');
    expect(out).toContain('Prospect\u00a0: Garage Dupont (P-1)');
    expect(out).toMatch(/📊 Entonnoir de prospection — .* → .*\.png/);
    expect(out).toContain('Commande inconnue « lgo »');
    expect(out).toContain('Vouliez-vous dire « journal » ?');
  });
});
