import { expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';

const { prospecta } = useCli('prospecta-cli-');

it('prospecta run answers a plain question with the pointer and exits 2 (nothing ran)', async () => {
  const r = await prospecta('run', 'combien de rdv ce mois ?');
  expect(r.code).toBe(2);
  expect(r.stdout).toContain(
    'Je comprends les commandes : tapez /aide. Pour « combien de rdv ce mois ? », essayez /entonnoir ce-mois.',
  );
});
