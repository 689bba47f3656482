/** Messages of correcting and undoing: activity references, /activity, /prospect merge. */
export const fr = {
  'activity.field.reference': 'Référence',
  'activity.field.created_by': 'Saisie par',
  'activity.field.duration': 'Durée',
  'activity.field.travel': 'Trajet',
  'activity.field.km': 'Kilomètres',
  'activity.followup_edit': 'Modifier',
  'activity.followup_undo': 'Annuler',
  'activity.followup_restore': 'Rétablir',
  'activity.show_title': 'Action {id} : {kind}, {outcome}',
  'activity.edit_hint':
    'Rien à changer : voici l’action telle qu’elle est enregistrée. Pour la corriger, retapez la commande ci-dessous en gardant seulement ce qui change :',
  'activity.updated': 'Action {id} modifiée',
  'activity.changed': 'Modifié : {fields}.',
  'activity.money_dropped': 'Montant et marge retirés : le résultat « {outcome} » n’en a pas.',
  'activity.deleted': 'Action {id} supprimée',
  'activity.deleted_text':
    'Elle ne compte plus dans l’entonnoir, le tableau de bord, la rentabilité ni le portefeuille. Pour revenir en arrière : /action rétablir {id}',
  'activity.follow_ups_reopened':
    '{count, plural, one {La relance {ids} qu’elle avait close est rouverte} other {Les relances {ids} qu’elle avait closes sont rouvertes}}.',
  'activity.follow_ups_removed':
    '{count, plural, one {La relance {ids} prévue avec elle est retirée (elle reviendra si vous rétablissez l’action)} other {Les relances {ids} prévues avec elle sont retirées (elles reviendront si vous rétablissez l’action)}}.',
  'activity.restored': 'Action {id} rétablie',
  'activity.restored_text': 'Elle compte de nouveau dans les analyses.',
  'activity.restored_moved': 'Son prospect {from} a été fusionné entre-temps : elle est rattachée à {into}.',
  'activity.list_title': '{count, plural, =0 {Aucune action} one {# action} other {# actions}}',
  'activity.list_more': 'Les {shown} plus récentes sur {total} : précisez période:, prospect: ou nombre:.',
  'activity.list_page': 'Actions {from} à {to} sur {total}.',
  'activity.list_past_end': 'Plus aucune action à partir de ce rang : reprenez la liste sans début:.',
  'activity.list_empty': 'Aucune action ne correspond. Retirez un filtre ou élargissez la période.',
  'activity.col.reference': 'Réf.',
  'prospect.merged': 'Prospect {from} fusionné dans {into}',
  'prospect.merged_text':
    '{activities, plural, =0 {Aucune action} one {# action} other {# actions}} et {notes, plural, =0 {aucune note de veille} one {# note de veille} other {# notes de veille}} de « {fromName} » sont passées sur « {intoName} ». {from} mène désormais à {into}.',
  'errors.activity_not_found':
    'Action « {value} » introuvable. Vérifiez la référence (A-12) ou consultez /action liste.',
  'errors.activity_deleted':
    'L’action {id} a été supprimée le {date} par {name} : /action rétablir {id} pour la remettre.',
  'errors.activity_not_yours':
    'L’action {id} a été saisie par {name} : seul un manager peut la consulter, la modifier ou la supprimer.',
  'errors.activity_not_deleted': 'L’action {id} n’est pas supprimée : rien à rétablir.',
  'errors.activity_id_taken': 'Impossible de rétablir {id} : une action porte déjà cette référence.',
  'errors.activity_restore_prospect_gone':
    'Impossible de rétablir {id} : son prospect {prospect} n’existe plus. Recréez-le, puis réessayez.',
  'errors.activity_rep_filter_forbidden':
    'Un commercial ne voit que ses propres actions : retirez commercial:{value}.',
  'errors.merge_same_prospect':
    '« de » et « vers » désignent le même prospect ({id}) : choisissez deux prospects différents.',
  'errors.merge_forbidden':
    'Seul un manager peut fusionner {id} : vous ne l’avez pas créé. Demandez à un responsable de l’équipe.',
};

export const en: Record<keyof typeof fr, string> = {
  'activity.field.reference': 'Reference',
  'activity.field.created_by': 'Entered by',
  'activity.field.duration': 'Duration',
  'activity.field.travel': 'Travel time',
  'activity.field.km': 'Distance (km)',
  'activity.followup_edit': 'Edit',
  'activity.followup_undo': 'Undo',
  'activity.followup_restore': 'Restore',
  'activity.show_title': 'Action {id}: {kind}, {outcome}',
  'activity.edit_hint':
    'Nothing to change: here is the action as saved. To correct it, type the command below again, keeping only what changes:',
  'activity.updated': 'Action {id} updated',
  'activity.changed': 'Changed: {fields}.',
  'activity.money_dropped': 'Amount and margin removed: the outcome “{outcome}” has none.',
  'activity.deleted': 'Action {id} deleted',
  'activity.deleted_text':
    'It no longer counts in the funnel, dashboard, profitability or portfolio. To take it back: /activity restore {id}',
  'activity.follow_ups_reopened':
    '{count, plural, one {Follow-up {ids}, which it had closed, is open again} other {Follow-ups {ids}, which it had closed, are open again}}.',
  'activity.follow_ups_removed':
    '{count, plural, one {Follow-up {ids}, set with it, is removed} other {Follow-ups {ids}, set with it, are removed}} (back if it is restored).',
  'activity.restored': 'Action {id} restored',
  'activity.restored_text': 'It counts in the analyses again.',
  'activity.restored_moved': 'Its prospect {from} was merged meanwhile: it now belongs to {into}.',
  'activity.list_title': '{count, plural, =0 {No actions} one {# action} other {# actions}}',
  'activity.list_more': 'The {shown} most recent of {total}: narrow with period:, prospect: or limit:.',
  'activity.list_page': 'Actions {from}–{to} of {total}.',
  'activity.list_past_end': 'No more actions from that rank: list them again without from:.',
  'activity.list_empty': 'No action matches. Remove a filter or widen the period.',
  'activity.col.reference': 'Ref.',
  'prospect.merged': 'Prospect {from} merged into {into}',
  'prospect.merged_text':
    '{activities, plural, =0 {No actions} one {# action} other {# actions}} and {notes, plural, =0 {no watch notes} one {# watch note} other {# watch notes}} of “{fromName}” moved to “{intoName}”. {from} now leads to {into}.',
  'errors.activity_not_found':
    'Action “{value}” not found. Check the reference (A-12) or see /activity list.',
  'errors.activity_deleted':
    'Action {id} was deleted on {date} by {name}: /activity restore {id} brings it back.',
  'errors.activity_not_yours':
    'Action {id} was entered by {name}: only a manager can view, edit or delete it.',
  'errors.activity_not_deleted': 'Action {id} is not deleted: nothing to restore.',
  'errors.activity_id_taken': 'Cannot restore {id}: another action already has this reference.',
  'errors.activity_restore_prospect_gone':
    'Cannot restore {id}: its prospect {prospect} no longer exists. Create it again, then retry.',
  'errors.activity_rep_filter_forbidden': 'A sales rep sees only their own actions: remove rep:{value}.',
  'errors.merge_same_prospect':
    '“from” and “into” name the same prospect ({id}): choose two different prospects.',
  'errors.merge_forbidden': 'Only a manager can merge {id}: you did not create it. Ask a team manager.',
};
