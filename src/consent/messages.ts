/** Messages of consent records and the consumer-contact rules (DOMAIN §6). */
export const fr = {
  'consent_channel.phone': 'téléphone',
  'consent_channel.email': 'e-mail',
  'consent_channel.sms': 'SMS',
  'consent.title': 'Consentements de {name} ({id})',
  'consent.recorded': '{channels} : consentement {status} enregistré pour {name} ({id}).',
  'consent.none':
    'Aucun consentement enregistré : tapez /prospect consentement {id} canal:téléphone statut:donné preuve:…',
  'consent.col_channel': 'Canal',
  'consent.col_status': 'Statut',
  'consent.col_basis': 'Base légale',
  'consent.col_date': 'Date',
  'consent.col_source': 'Source',
  'consent.col_proof': 'Preuve',
  'consent.history': 'Historique ({count})',
  'consent.general': 'consentement général de la fiche',
  'consent.summary_item': '{channel} : {status}',
  'consent.import_proof': 'fichier {file}, ligne {line}',
  'consent.import_flagged':
    '⚠ {count, plural, one {# action importée enfreint} other {# actions importées enfreignent}} les règles de prospection des particuliers : enregistrées avec leur alerte, visibles dans /rgpd incidents.',
  'consent.imported':
    '{count, plural, one {# consentement enregistré} other {# consentements enregistrés}} depuis les colonnes de consentement (preuve : la colonne preuve, sinon le fichier et la ligne).',
  'errors.consent_proof_required':
    'preuve : un particulier doit avoir donné un consentement prouvable (loi 2025-594). Ajoutez preuve:"texte accepté" ou preuve:https://… (lien du formulaire).',
  'errors.consent_status_required':
    'statut : indiquez la décision, statut:donné ou statut:refusé (sans canal ni statut, la commande affiche les consentements).',
  'errors.consent_basis_refused':
    'base_légale : une base légale accompagne un consentement donné, pas un refus.',
  'errors.log_time_invalid': 'heure : « {value} » n’est pas une heure. Écrivez 14:30 ou 14h30.',
  'contact_warning.b2c_phone_no_consent':
    'Appel à un particulier sans consentement enregistré : interdit depuis le 11/08/2026 (loi 2025-594), sauf contrat en cours. Enregistrez sa preuve : /prospect consentement {id} canal:téléphone statut:donné preuve:…',
  'contact_warning.call_outside_hours':
    'Appel hors des horaires permis pour un particulier : du lundi au vendredi, 10h–13h et 14h–20h (décret 2022-1313).',
  'contact_warning.call_public_holiday':
    'Appel un jour férié ({day}) : interdit pour un particulier (décret 2022-1313).',
  'contact_warning.call_too_many_attempts':
    '{count}e appel en 30 jours à ce particulier : {max} au plus (décret 2022-1313). Prochain appel possible à partir du {allowedFrom}.',
  'contact_warning.call_after_refusal':
    'Appel moins de 60 jours après le refus du {refusedOn} : pas de nouvel appel avant le {allowedFrom} (décret 2022-1313).',
  'contact_warning.b2c_email_no_consent':
    '{channel} de prospection à un particulier sans consentement préalable enregistré (article L34-5 du CPCE), et qui n’est pas client.',
  'contact_warning.recorded':
    'Action enregistrée (c’est un fait), avec {count, plural, one {cette alerte de conformité visible des managers} other {ces # alertes de conformité visibles des managers}} :',
  'can_call.title_yes': '{name} ({id}) peut être appelé maintenant.',
  'can_call.title_no': 'Pas d’appel à {name} ({id}) maintenant.',
  'can_call.b2b': 'Professionnel (B2B) : les règles d’appel des particuliers ne s’appliquent pas.',
  'can_call.next': 'Prochain créneau légal : {when}.',
  'can_call.needs_consent':
    'Aucun créneau tant que son consentement n’est pas enregistré : /prospect consentement {id} canal:téléphone statut:donné preuve:…',
  'can_call.when': '{weekday} {date} à {time}',
  'can_call.followup_consent': 'Enregistrer le consentement',
  'follow_up.moved_to_legal_slot':
    'Particulier : relance téléphonique déplacée au premier créneau légal, {when} (lun.–ven. 10h–13h, 14h–20h, hors jours fériés).',
  'incidents.title': 'Incidents de conformité ({count})',
  'incidents.none': 'Aucun contact enregistré en infraction aux règles de prospection des particuliers.',
  'incidents.col_activity': 'Action',
  'incidents.col_date': 'Date',
  'incidents.col_prospect': 'Prospect',
  'incidents.col_rep': 'Commercial',
  'incidents.col_rules': 'Règles',
  'incidents.more': '{shown} plus récents sur {total} : filtrez par période, commercial ou règle.',
  'contact_rule.b2c_phone_no_consent': 'appel sans consentement',
  'contact_rule.call_outside_hours': 'hors horaires',
  'contact_rule.call_public_holiday': 'jour férié',
  'contact_rule.call_too_many_attempts': 'plus de 4 appels en 30 jours',
  'contact_rule.call_after_refusal': 'moins de 60 jours après un refus',
  'contact_rule.b2c_email_no_consent': 'e-mail/SMS sans consentement',
};

export const en: Record<keyof typeof fr, string> = {
  'consent_channel.phone': 'phone',
  'consent_channel.email': 'email',
  'consent_channel.sms': 'SMS',
  'consent.title': 'Consents of {name} ({id})',
  'consent.recorded': '{channels}: consent {status} recorded for {name} ({id}).',
  'consent.none': 'No consent recorded: type /prospect consent {id} channel:phone status:granted proof:…',
  'consent.col_channel': 'Channel',
  'consent.col_status': 'Status',
  'consent.col_basis': 'Legal basis',
  'consent.col_date': 'Date',
  'consent.col_source': 'Source',
  'consent.col_proof': 'Proof',
  'consent.history': 'History ({count})',
  'consent.general': 'general consent on the card',
  'consent.summary_item': '{channel}: {status}',
  'consent.import_proof': 'file {file}, line {line}',
  'consent.import_flagged':
    '⚠ {count, plural, one {# imported action breaks} other {# imported actions break}} the consumer prospecting rules: recorded with their warning, listed by /gdpr incidents.',
  'consent.imported':
    '{count, plural, one {# consent recorded} other {# consents recorded}} from the consent columns (proof: the proof column, else the file and line).',
  'errors.consent_proof_required':
    'proof: a consumer’s consent must be provable (French law 2025-594). Add proof:"wording accepted" or proof:https://… (link to the form).',
  'errors.consent_status_required':
    'status: give the decision, status:granted or status:refused (with neither channel nor status, the command shows the consents).',
  'errors.consent_basis_refused': 'basis: a legal basis goes with a consent granted, not with a refusal.',
  'errors.log_time_invalid': 'time: “{value}” is not a time. Write 14:30 or 2:30pm.',
  'contact_warning.b2c_phone_no_consent':
    'Call to a consumer with no recorded consent: forbidden since 2026-08-11 (French law 2025-594) unless about a current contract. Record the proof: /prospect consent {id} channel:phone status:granted proof:…',
  'contact_warning.call_outside_hours':
    'Call outside the hours allowed for consumers: Monday to Friday, 10:00–13:00 and 14:00–20:00 (décret 2022-1313).',
  'contact_warning.call_public_holiday':
    'Call on a public holiday ({day}): forbidden for consumers (décret 2022-1313).',
  'contact_warning.call_too_many_attempts':
    'Call number {count} to this consumer in 30 days: {max} at most (décret 2022-1313). Next call allowed from {allowedFrom}.',
  'contact_warning.call_after_refusal':
    'Call less than 60 days after the refusal of {refusedOn}: no new call before {allowedFrom} (décret 2022-1313).',
  'contact_warning.b2c_email_no_consent':
    'Prospecting {channel} to a consumer with no prior recorded consent (article L34-5 CPCE), who is not a customer.',
  'contact_warning.recorded':
    'Action recorded (it is a fact), with {count, plural, one {this compliance warning, visible to managers} other {these # compliance warnings, visible to managers}}:',
  'can_call.title_yes': '{name} ({id}) may be called now.',
  'can_call.title_no': 'No call to {name} ({id}) now.',
  'can_call.b2b': 'Business (B2B): the consumer call rules do not apply.',
  'can_call.next': 'Next legal slot: {when}.',
  'can_call.needs_consent':
    'No slot until their consent is recorded: /prospect consent {id} channel:phone status:granted proof:…',
  'can_call.when': '{weekday} {date} at {time}',
  'can_call.followup_consent': 'Record the consent',
  'follow_up.moved_to_legal_slot':
    'Consumer: phone follow-up moved to the first legal slot, {when} (Mon–Fri 10:00–13:00, 14:00–20:00, no public holidays).',
  'incidents.title': 'Compliance incidents ({count})',
  'incidents.none': 'No contact recorded in breach of the consumer prospecting rules.',
  'incidents.col_activity': 'Action',
  'incidents.col_date': 'Date',
  'incidents.col_prospect': 'Prospect',
  'incidents.col_rep': 'Rep',
  'incidents.col_rules': 'Rules',
  'incidents.more': 'The {shown} most recent of {total}: filter by period, rep or rule.',
  'contact_rule.b2c_phone_no_consent': 'call without consent',
  'contact_rule.call_outside_hours': 'outside hours',
  'contact_rule.call_public_holiday': 'public holiday',
  'contact_rule.call_too_many_attempts': 'more than 4 calls in 30 days',
  'contact_rule.call_after_refusal': 'less than 60 days after a refusal',
  'contact_rule.b2c_email_no_consent': 'e-mail/SMS without consent',
};
