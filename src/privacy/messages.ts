/** Messages of the rights (/gdpr, /rgpd), the do-not-contact list, retention and the audit log. */
export const fr = {
  'errors.gdpr_person_not_found':
    'personne : aucun prospect « {value} ». Donnez un identifiant (P-12), un nom, un e-mail ou un téléphone.',
  'errors.gdpr_person_empty':
    'personne : « {value} » n’est ni un nom, ni un e-mail, ni un téléphone. Écrivez par exemple personne:"Jeanne Dupont" ou personne:jeanne@exemple.fr.',
  'errors.gdpr_request_not_found':
    '{option} : la demande « {value} » n’existe pas. /rgpd demandes liste le registre (R-1, R-2…).',
  'errors.gdpr_request_done': '{option} : la demande {id} est déjà traitée (le {day}).',
  'errors.gdpr_request_kind_missing':
    'type : précisez la demande à enregistrer : accès, rectification, effacement ou opposition.',
  'errors.opposed_contact':
    '{option} : cette personne s’est opposée à la prospection ou ses données ont été effacées ({id}). Aucun contact ni nouveau prospect ne peut être enregistré pour elle.',
  'errors.retention_above_legal':
    '{option} : {value} ans dépasse la durée recommandée par la CNIL (3 ans). Indiquez la raison avec raison:… pour la garder plus longtemps.',
  'gdpr.kind.prospects': 'Fiches prospect',
  'gdpr.action.anonymise': 'anonymisée(s)',
  'gdpr.action.redact': 'texte expurgé',
  'gdpr.action.delete': 'supprimée(s)',
  'gdpr.action.keep': 'conservée(s) sans donnée identifiante',
  'gdpr.history_lines': 'Historique du chat du terminal',
  'gdpr.column.kind': 'Données',
  'gdpr.column.count': 'Nombre',
  'gdpr.column.change': 'Effet',
  'gdpr.column.id': 'Réf.',
  'gdpr.column.when': 'Date',
  'gdpr.column.by': 'Saisi par',
  'gdpr.column.content': 'Contenu',
  'gdpr.nothing_found':
    'Rien n’est enregistré sur cette personne dans l’équipe (identifiants cherchés sans accents ni majuscules).',
  'gdpr.export.title':
    'Droit d’accès : {count, plural, one {# donnée} other {# données}} (demande {request})',
  'gdpr.export.files':
    'Le détail complet est joint en JSON et en CSV (ouvrable dans Excel). Transmettez-le à la personne par un canal sûr.',
  'gdpr.export.section': '{label} ({count})',
  'gdpr.erase.preview_title': 'Effacement : ce qui va changer',
  'gdpr.erase.preview':
    'Rien n’est encore effacé. Les chiffres passés (entonnoir, campagnes) ne changent pas : les actions restent, anonymes.',
  'gdpr.erase.confirm_button': 'Confirmer l’effacement',
  'gdpr.erase.done_title': 'Données effacées (demande {request})',
  'gdpr.erase.done':
    'La personne est effacée partout : fiche remplacée par une fiche anonyme, noms, e-mails et téléphones retirés des textes, relances supprimées. L’effacement est consigné au journal d’audit sans donnée personnelle.',
  'gdpr.oppose.title': 'Opposition enregistrée : {id} (demande {request})',
  'gdpr.oppose.merged': 'Opposition complétée : {id} (demande {request})',
  'gdpr.oppose.body':
    'La personne est sur la liste d’opposition jusqu’au {until}. Tout contact ou nouveau prospect à son nom, e-mail ou téléphone sera refusé ; elle est retirée des cibles de campagne et des tournées. La liste ne garde qu’une empreinte chiffrée de ses identifiants.',
  'gdpr.oppose.closed_follow_ups':
    '{count, plural, one {# relance ouverte clôturée} other {# relances ouvertes clôturées}}.',
  'gdpr.requests.title': 'Registre des demandes RGPD',
  'gdpr.requests.none':
    'Aucune demande enregistrée. Ajoutez-en une : /rgpd demandes type:effacement personne:P-12 reçue:hier',
  'gdpr.requests.added': 'Demande {id} enregistrée : réponse due le {due}',
  'gdpr.requests.closed': 'Demande {id} marquée traitée',
  'gdpr.requests.overdue': 'en retard',
  'gdpr.requests.open': 'à traiter',
  'gdpr.requests.done': 'traitée le {day}',
  'gdpr.requests.column.kind': 'Type',
  'gdpr.requests.column.received': 'Reçue',
  'gdpr.requests.column.due': 'Échéance',
  'gdpr.requests.column.status': 'État',
  'gdpr.requests.column.about': 'Prospects',
  'gdpr.requests.reminder_title':
    '{count, plural, one {Une demande RGPD est en retard} other {# demandes RGPD sont en retard}}',
  'gdpr.requests.reminder':
    'Une demande d’accès, de rectification, d’effacement ou d’opposition doit être traitée dans le mois. /rgpd demandes pour le registre.',
  'gdpr.request_kind.access': 'accès',
  'gdpr.request_kind.rectification': 'rectification',
  'gdpr.request_kind.erasure': 'effacement',
  'gdpr.request_kind.opposition': 'opposition',
  'gdpr.notice.team_retention':
    'Durées retenues par l’équipe : prospects {prospectYears} ans après le dernier contact venant d’eux ; clients {customerYears} ans après la fin de la relation ; oppositions {oppositionYears} ans.',
  'gdpr.button.requests': 'Registre des demandes',
  'gdpr.button.export': 'Exporter ses données',
  'gdpr.reimport_flag':
    'Attention : une personne de même nom, e-mail ou téléphone a été effacée le {day} (demande {request}). Vérifiez que vous avez le droit de la recontacter.',
  'gdpr.import_opposed':
    '{count, plural, one {# ligne écartée} other {# lignes écartées}} : personne sur la liste d’opposition ou effacée (lignes {lines}).',
  'gdpr.import_erased':
    '{count, plural, one {# ligne importée concerne} other {# lignes importées concernent}} une personne effacée auparavant (lignes {lines}) : vérifiez que vous pouvez la recontacter.',
  'gdpr.retention.preview_title': 'Conservation : ce que le passage quotidien fera aujourd’hui',
  'gdpr.retention.run_title': 'Conservation appliquée',
  'gdpr.retention.saved': 'Durées de conservation enregistrées',
  'gdpr.retention.rules':
    'Prospects : {prospectYears} ans après le dernier contact venant d’eux (une réponse, un rendez-vous ; un e-mail envoyé ou un appel sans réponse ne compte pas). Clients : {customerYears} ans après la fin de la relation. Oppositions : {oppositionYears} ans. Les managers reçoivent la liste {noticeDays} jours avant.',
  'gdpr.retention.notice':
    '{count, plural, one {# fiche sera anonymisée} other {# fiches seront anonymisées}} dans {days} jours au plus : {ids}.',
  'gdpr.retention.anonymise':
    '{count, plural, one {# fiche anonymisée} other {# fiches anonymisées}} : {ids}.',
  'gdpr.retention.purge':
    '{count, plural, one {# opposition purgée} other {# oppositions purgées}} (plus de 3 ans) : {ids}.',
  'gdpr.retention.nothing': 'Rien à anonymiser ni à signaler aujourd’hui.',
  'gdpr.retention.notice_title': 'Conservation RGPD : fiches bientôt anonymisées',
  'gdpr.retention.reason': 'Raison d’une durée plus longue : {reason}',
  'audit.title': 'Journal d’audit ({count})',
  'audit.none': 'Aucune entrée pour ces critères.',
  'audit.column.id': 'Réf.',
  'audit.column.at': 'Date',
  'audit.column.actor': 'Par',
  'audit.column.action': 'Action',
  'audit.column.targets': 'Objet',
  'audit.column.counts': 'Détail',
  'audit.action.export': 'export (accès)',
  'audit.action.erasure': 'effacement',
  'audit.action.opposition': 'opposition',
  'audit.action.opposition_purged': 'opposition purgée',
  'audit.action.request': 'demande enregistrée',
  'audit.action.retention': 'durée de conservation',
  'audit.action.role_change': 'changement de rôle',
  'audit.action.import': 'import',
  'audit.action.bulk_delete': 'suppression en masse',
  'audit.action.settings': 'réglages',
  'audit.system': 'automatique',
  'audit.export_file': 'Le journal filtré est joint en CSV.',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.gdpr_person_not_found':
    'person: no prospect “{value}”. Give an id (P-12), a name, an e-mail or a phone.',
  'errors.gdpr_person_empty':
    'person: “{value}” is neither a name, an e-mail nor a phone. Write for example person:"Jeanne Dupont" or person:jeanne@example.com.',
  'errors.gdpr_request_not_found':
    '{option}: request “{value}” does not exist. /gdpr requests lists the register (R-1, R-2…).',
  'errors.gdpr_request_done': '{option}: request {id} was already handled (on {day}).',
  'errors.gdpr_request_kind_missing':
    'kind: say which request to register: access, rectification, erasure or opposition.',
  'errors.opposed_contact':
    '{option}: this person objected to prospecting or was erased ({id}). No contact nor new prospect can be recorded for them.',
  'errors.retention_above_legal':
    '{option}: {value} years is longer than the CNIL recommends (3 years). Give the reason with reason:… to keep it longer.',
  'gdpr.kind.prospects': 'Prospect records',
  'gdpr.action.anonymise': 'anonymised',
  'gdpr.action.redact': 'text redacted',
  'gdpr.action.delete': 'deleted',
  'gdpr.action.keep': 'kept, nothing identifying left',
  'gdpr.history_lines': 'Terminal chat history',
  'gdpr.column.kind': 'Data',
  'gdpr.column.count': 'Count',
  'gdpr.column.change': 'Effect',
  'gdpr.column.id': 'Ref.',
  'gdpr.column.when': 'Date',
  'gdpr.column.by': 'Entered by',
  'gdpr.column.content': 'Content',
  'gdpr.nothing_found':
    'Nothing is recorded about this person in the team (identifiers searched ignoring accents and case).',
  'gdpr.export.title':
    'Right of access: {count, plural, one {# record} other {# records}} (request {request})',
  'gdpr.export.files':
    'The full detail is attached as JSON and CSV (opens in Excel). Send it to the person over a secure channel.',
  'gdpr.export.section': '{label} ({count})',
  'gdpr.erase.preview_title': 'Erasure: what will change',
  'gdpr.erase.preview':
    'Nothing is erased yet. Past figures (funnel, campaigns) do not change: the activities stay, anonymous.',
  'gdpr.erase.confirm_button': 'Confirm the erasure',
  'gdpr.erase.done_title': 'Data erased (request {request})',
  'gdpr.erase.done':
    'The person is erased everywhere: record replaced by an anonymous one, names, e-mails and phones removed from texts, follow-ups deleted. The erasure is in the audit log without personal data.',
  'gdpr.oppose.title': 'Objection recorded: {id} (request {request})',
  'gdpr.oppose.merged': 'Objection completed: {id} (request {request})',
  'gdpr.oppose.body':
    'The person is on the do-not-contact list until {until}. Any contact or new prospect with their name, e-mail or phone will be refused; they are removed from campaign targets and route plans. The list keeps only a keyed hash of their identifiers.',
  'gdpr.oppose.closed_follow_ups':
    '{count, plural, one {# open follow-up closed} other {# open follow-ups closed}}.',
  'gdpr.requests.title': 'Register of GDPR requests',
  'gdpr.requests.none':
    'No request registered. Add one: /gdpr requests kind:erasure person:P-12 received:yesterday',
  'gdpr.requests.added': 'Request {id} registered: answer due on {due}',
  'gdpr.requests.closed': 'Request {id} marked handled',
  'gdpr.requests.overdue': 'overdue',
  'gdpr.requests.open': 'to handle',
  'gdpr.requests.done': 'handled on {day}',
  'gdpr.requests.column.kind': 'Kind',
  'gdpr.requests.column.received': 'Received',
  'gdpr.requests.column.due': 'Due',
  'gdpr.requests.column.status': 'Status',
  'gdpr.requests.column.about': 'Prospects',
  'gdpr.requests.reminder_title':
    '{count, plural, one {A GDPR request is overdue} other {# GDPR requests are overdue}}',
  'gdpr.requests.reminder':
    'An access, rectification, erasure or objection request must be answered within one month. /gdpr requests shows the register.',
  'gdpr.request_kind.access': 'access',
  'gdpr.request_kind.rectification': 'rectification',
  'gdpr.request_kind.erasure': 'erasure',
  'gdpr.request_kind.opposition': 'objection',
  'gdpr.notice.team_retention':
    'Durations chosen by the team: prospects {prospectYears} years after their last contact; customers {customerYears} years after the relationship ended; objections {oppositionYears} years.',
  'gdpr.button.requests': 'Register of requests',
  'gdpr.button.export': 'Export their data',
  'gdpr.reimport_flag':
    'Warning: a person with the same name, e-mail or phone was erased on {day} (request {request}). Check that you may contact them again.',
  'gdpr.import_opposed':
    '{count, plural, one {# row left out} other {# rows left out}}: person on the do-not-contact list or erased (lines {lines}).',
  'gdpr.import_erased':
    '{count, plural, one {# imported row is} other {# imported rows are}} about a person erased before (lines {lines}): check that you may contact them again.',
  'gdpr.retention.preview_title': 'Retention: what today’s daily run will do',
  'gdpr.retention.run_title': 'Retention applied',
  'gdpr.retention.saved': 'Retention durations saved',
  'gdpr.retention.rules':
    'Prospects: {prospectYears} years after the last contact from them (a reply, a meeting; a sent e-mail or an unanswered call does not count). Customers: {customerYears} years after the relationship ended. Objections: {oppositionYears} years. Managers get the list {noticeDays} days before.',
  'gdpr.retention.notice':
    '{count, plural, one {# record will be anonymised} other {# records will be anonymised}} within {days} days: {ids}.',
  'gdpr.retention.anonymise':
    '{count, plural, one {# record anonymised} other {# records anonymised}}: {ids}.',
  'gdpr.retention.purge':
    '{count, plural, one {# objection purged} other {# objections purged}} (over 3 years): {ids}.',
  'gdpr.retention.nothing': 'Nothing to anonymise or report today.',
  'gdpr.retention.notice_title': 'GDPR retention: records soon anonymised',
  'gdpr.retention.reason': 'Reason for a longer duration: {reason}',
  'audit.title': 'Audit log ({count})',
  'audit.none': 'No entry for these criteria.',
  'audit.column.id': 'Ref.',
  'audit.column.at': 'Date',
  'audit.column.actor': 'By',
  'audit.column.action': 'Action',
  'audit.column.targets': 'About',
  'audit.column.counts': 'Detail',
  'audit.action.export': 'export (access)',
  'audit.action.erasure': 'erasure',
  'audit.action.opposition': 'objection',
  'audit.action.opposition_purged': 'objection purged',
  'audit.action.request': 'request registered',
  'audit.action.retention': 'retention',
  'audit.action.role_change': 'role change',
  'audit.action.import': 'import',
  'audit.action.bulk_delete': 'bulk deletion',
  'audit.action.settings': 'settings',
  'audit.system': 'automatic',
  'audit.export_file': 'The filtered log is attached as CSV.',
};
