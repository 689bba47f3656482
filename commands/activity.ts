import { deleteSubcommand, restoreSubcommand } from '../src/activities/delete-command.ts';
import { editSubcommand } from '../src/activities/edit-command.ts';
import { listSubcommand, showSubcommand } from '../src/activities/list-command.ts';
import { defineCommand } from '../src/core/command.ts';

export default defineCommand({
  name: 'activity',
  frName: 'action',
  aliases: ['actions', 'activite', 'activities'],
  description: {
    fr: 'Actions saisies : lister, voir, corriger, supprimer, rétablir',
    en: 'Logged actions: list, show, edit, delete, restore',
  },
  subcommands: [listSubcommand, showSubcommand, editSubcommand, deleteSubcommand, restoreSubcommand],
});
