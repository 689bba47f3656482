import { describe, expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';

const { prospecta } = useCli('prospecta-dups-cli-');

describe('prospecta run and a possible duplicate', () => {
  it('answers possible_duplicate with the candidates in data, exit 2, and nouveau:oui creates', async () => {
    expect(
      (await prospecta('run', '/journal type:appel résultat:joint prospect:"Boulangerie Martin"')).code,
    ).toBe(0);
    const r = await prospecta(
      'run',
      '--json',
      '/journal type:appel résultat:joint prospect:"Boulangerie Martn"',
    );
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      error: { code: string; field: string };
      data: { possibleDuplicate: { typed: string; candidates: { id: string; name: string }[] } };
    };
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({ code: 'possible_duplicate', field: 'prospect' });
    expect(json.data.possibleDuplicate.candidates.map((c) => [c.id, c.name])).toEqual([
      ['P-1', 'Boulangerie Martin'],
    ]);
    const forced = await prospecta(
      'run',
      '--json',
      '/journal type:appel résultat:joint prospect:"Boulangerie Martn" nouveau:oui',
    );
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as { data: { prospect: { id: string } } }).data.prospect.id).toBe(
      'P-2',
    );
  }, 120_000);
});
