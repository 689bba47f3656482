import { defineCommand } from '../src/core/command.ts';
import { deleteSubcommand, restoreSubcommand } from './activity/delete.ts';
import { editSubcommand } from './activity/edit.ts';
import { listSubcommand, showSubcommand } from './activity/list.ts';

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
