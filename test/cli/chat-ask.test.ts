import { expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';

const { chat } = useCli('prospecta-chat-ask-');

it('a bare /journal asks for each option, a cancelled one saves nothing, and a plain question gets a pointer', async () => {
  const { code, out } = await chat([
    '/journal',
    'annuler',
    '/journal',
    'appel',
    '', // required: asked again
    'rdv',
    'Garage Dupont',
    ...Array.from({ length: 12 }, () => ''), // every optional option skipped (extra Enters are ignored)
    'combien de rendez-vous cette semaine ?',
    'quitter',
  ]);
  expect(code).toBe(0);
  expect(out).toContain('Commande annulée : rien n’a été enregistré.');
  expect(out).toContain('Type d’action : appel, visite, e-mail… [type:] (choix : appel, e-mail, SMS');
  expect(out).toContain('Cette option est obligatoire : donnez une valeur, ou « annuler ».');
  expect(out).toContain('Appel enregistré');
  expect(out).toContain('Prospect\u00a0: Garage Dupont (P-1)');
  expect(out).toContain(
    'Je comprends les commandes : tapez /aide. Pour « combien de rendez-vous cette semaine ? », essayez /entonnoir cette-semaine.',
  );
});
