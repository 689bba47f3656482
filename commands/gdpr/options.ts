import { opt } from '../../src/core/options.ts';

/** `person:` of the rights subcommands: a prospect id, a name, an e-mail or a phone. */
export const personOption = () =>
  opt.text({
    required: true,
    positional: true,
    frName: 'personne',
    aliases: ['prospect', 'qui', 'who'],
    maxLength: 200,
    autocomplete: 'prospect',
    description: {
      fr: 'La personne : P-12, un nom, un e-mail ou un téléphone',
      en: 'The person: P-12, a name, an e-mail or a phone',
    },
  });

/** `request:` links the command to a request of the register (closed by it). */
export const requestOption = () =>
  opt.text({
    frName: 'demande',
    maxLength: 20,
    description: {
      fr: 'La demande du registre qu’elle traite (R-4) ; sinon une demande du jour est enregistrée',
      en: 'The register’s request it answers (R-4); otherwise one received today is registered',
    },
  });
