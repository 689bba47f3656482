/** Messages of follow-ups (relances): setting one in /log, /follow-ups, reminders. */
export const fr = {
  'errors.invalid_follow_up':
    '{option} : « {value} » n’est pas une date de relance. Écrivez mardi, demain, 15/12, 15/12 10h ou 2026-12-15 14:30.',
  'errors.follow_up_in_past':
    '{option} : « {value} » tombe dans le passé ({when}). Une relance se prévoit dans le futur : demain, mardi, 15/12 10h…',
  'errors.follow_up_too_far':
    '{option} : « {value} » est à plus de deux ans. Vérifiez l’année (par exemple 15/12/2026).',
  'errors.invalid_time_zone':
    'Le fuseau horaire de l’équipe est invalide : un administrateur peut le corriger dans /réglages.',
  'errors.follow_up_not_found':
    '{option} : la relance « {value} » n’existe pas. /relances liste les vôtres (F-1, F-2…).',
  'errors.follow_up_not_yours':
    '{option} : la relance {value} appartient à {rep}. Seul un manager peut changer la relance d’un autre commercial.',
  'errors.follow_up_closed': '{option} : la relance {value} est déjà clôturée ({status}).',
  'errors.follow_up_two_actions': 'Choisissez une seule action : fait:F-… ou reporter:F-… à:…, pas les deux.',
  'errors.follow_up_to_without_postpone':
    'à : indique la nouvelle date d’une relance reportée. Écrivez reporter:F-… à:{value}.',
  'follow_up.status.open': 'ouverte',
  'follow_up.status.done': 'faite',
  'follow_up.status.closed_by_activity': 'clôturée par une action',
  'follow_up.set': 'Relance {id} prévue le {due}.',
  'follow_up.closed_by_activity':
    '{count, plural, one {Relance {ids} clôturée} other {Relances {ids} clôturées}} par cette action.',
  'follow_up.title': 'Mes relances',
  'follow_up.title_of': 'Relances de {rep}',
  'follow_up.none':
    'Aucune relance ouverte. Ajoutez-en une en journalisant une action : /journal … relance:mardi',
  'follow_up.section.overdue': 'En retard ({count})',
  'follow_up.section.today': 'Aujourd’hui ({count})',
  'follow_up.section.upcoming': 'À venir ({count})',
  'follow_up.col.id': 'Relance',
  'follow_up.col.prospect': 'Prospect',
  'follow_up.col.due': 'Prévue',
  'follow_up.button.done': 'Fait {id}',
  'follow_up.button.postpone': 'Reporter {id} à demain',
  'follow_up.button.log': 'Journaliser {name}',
  'follow_up.marked_done': 'Relance {id} faite',
  'follow_up.postponed': 'Relance {id} reportée au {due}',
  'follow_up.postponed_from': 'Elle était prévue le {due}.',
  'follow_up.reminder_title': '{count, plural, one {🔔 Relance à faire} other {🔔 # relances à faire}}',
  'follow_up.reminder_line': '{prospect} ({prospectId}) — prévue le {due} · {id}',
  'follow_up.reminder_hint': '/relances pour les marquer faites ou les reporter.',
  'follow_up.button.list': 'Mes relances',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'errors.invalid_follow_up':
    '{option}: “{value}” is not a follow-up date. Write tuesday, tomorrow, 2026-12-15, 2026-12-15 10:00 or monday 9am.',
  'errors.follow_up_in_past':
    '{option}: “{value}” is in the past ({when}). A follow-up is planned ahead: tomorrow, tuesday, 2026-12-15 10:00…',
  'errors.follow_up_too_far':
    '{option}: “{value}” is more than two years ahead. Check the year (e.g. 2026-12-15).',
  'errors.invalid_time_zone': 'The team’s time zone is invalid: an administrator can fix it in /settings.',
  'errors.follow_up_not_found':
    '{option}: there is no follow-up “{value}”. /follow-ups lists yours (F-1, F-2…).',
  'errors.follow_up_not_yours':
    '{option}: follow-up {value} belongs to {rep}. Only a manager can change another rep’s follow-up.',
  'errors.follow_up_closed': '{option}: follow-up {value} is already closed ({status}).',
  'errors.follow_up_two_actions': 'Choose one action: done:F-… or postpone:F-… to:…, not both.',
  'errors.follow_up_to_without_postpone':
    'to: gives the new date of a postponed follow-up. Write postpone:F-… to:{value}.',
  'follow_up.status.open': 'open',
  'follow_up.status.done': 'done',
  'follow_up.status.closed_by_activity': 'closed by an activity',
  'follow_up.set': 'Follow-up {id} planned for {due}.',
  'follow_up.closed_by_activity':
    '{count, plural, one {Follow-up {ids} closed} other {Follow-ups {ids} closed}} by this activity.',
  'follow_up.title': 'My follow-ups',
  'follow_up.title_of': 'Follow-ups of {rep}',
  'follow_up.none': 'No open follow-up. Add one when you log an activity: /log … follow_up:tuesday',
  'follow_up.section.overdue': 'Overdue ({count})',
  'follow_up.section.today': 'Today ({count})',
  'follow_up.section.upcoming': 'Upcoming ({count})',
  'follow_up.col.id': 'Follow-up',
  'follow_up.col.prospect': 'Prospect',
  'follow_up.col.due': 'Due',
  'follow_up.button.done': 'Done {id}',
  'follow_up.button.postpone': 'Postpone {id} to tomorrow',
  'follow_up.button.log': 'Log {name}',
  'follow_up.marked_done': 'Follow-up {id} done',
  'follow_up.postponed': 'Follow-up {id} postponed to {due}',
  'follow_up.postponed_from': 'It was due on {due}.',
  'follow_up.reminder_title': '{count, plural, one {🔔 Follow-up due} other {🔔 # follow-ups due}}',
  'follow_up.reminder_line': '{prospect} ({prospectId}) — due {due} · {id}',
  'follow_up.reminder_hint': '/follow-ups to mark them done or postpone them.',
  'follow_up.button.list': 'My follow-ups',
};
