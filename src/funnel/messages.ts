/** Messages of the funnel's two views, its explained ratios above 100 % and its definitions. */
export const fr = {
  'funnel.cohort_title': 'Entonnoir par cohorte — {range}',
  'funnel.cohort_intro':
    '{count, plural, =0 {Aucun prospect} one {# prospect} other {# prospects}} dont la première action tombe dans la période, suivis jusqu’au {until} : chacun compte une fois dans chaque étape atteinte ou dépassée.',
  'funnel.targeted_beside':
    'Ciblés : {count, plural, one {# prospect distinct} other {# prospects distincts}} ; les barres partent des tentatives (chaque essai compte).',
  'funnel.targeted_list': 'Ciblés : liste cible de {count} prospects ; les barres partent des tentatives.',
  'funnel.excess_line': '{ratio} {value} dépasse 100 % : {causes}.',
  'funnel.chart_excess': '{mark} {ratio} {value} : {causes}',
  'funnel.excess.appointments_before_period':
    'dont {count, plural, one {# RDV obtenu} other {# RDV obtenus}} avant la période',
  'funnel.excess.visits_without_appointment':
    'dont {count, plural, one {# visite} other {# visites}} sans RDV en attente (deuxième visite, RDV non saisi ou de plus de 3 mois)',
  'funnel.excess.signed_without_visit':
    'dont {count, plural, one {# signature} other {# signatures}} sans visite (téléphone, e-mail, porte-à-porte…)',
  'funnel.excess.proposals_without_visit':
    'dont {count, plural, one {# proposition envoyée} other {# propositions envoyées}} sans visite',
  'funnel.excess.signed_without_appointment_in_period':
    'dont {count, plural, one {# signature} other {# signatures}} sans RDV obtenu dans la période',
  'funnel.excess.repeat_signatures':
    'dont {count, plural, one {# signature supplémentaire} other {# signatures supplémentaires}} d’un même prospect',
  'funnel.excess.beyond_target_list':
    '{count, plural, one {# prospect signé} other {# prospects signés}} au-delà de la liste cible',
  'funnel.excess.repeat_events': '{count} de plus que la base : un même prospect compté plusieurs fois',
  'funnel.offer_cohort':
    'En activité, une étape compte des actions de la période : la vue cohorte suit chaque prospect une fois et ne dépasse jamais 100 %.',
  'funnel.followup_cohort': 'Vue cohorte',
  'funnel.followup_activity': 'Vue activité',
  'funnel.followup_details': 'Définitions',
  'funnel.definitions_title': 'Définitions',
  'funnel.definition_label': '{ratio} = {formula}',
  'funnel.definition_value': '{numerator} : {numeratorSource}\n{denominator} : {denominatorSource}',
  'funnel.formula.reach_rate': 'joints / tentatives',
  'funnel.formula.pitch_rate': 'argumentés / joints',
  'funnel.formula.appointment_rate': 'RDV obtenus / joints',
  'funnel.formula.show_rate': 'RDV réalisés / RDV obtenus',
  'funnel.formula.proposal_rate': 'propositions / RDV réalisés',
  'funnel.formula.close_rate': 'signatures / RDV réalisés',
  'funnel.formula.appointment_close_rate': 'signatures / RDV obtenus',
  'funnel.formula.global_rate': 'signatures / ciblés',
  'funnel.formula.prospecting_effort': 'visites à des prospects / toutes les visites réalisées',
  'funnel.formula.conquest_rate': 'nouveaux clients / clients',
  'funnel.source.targeted': 'prospects distincts travaillés sur la période',
  'funnel.source.targeted_list': 'taille de la liste cible de l’opération',
  'funnel.source.attempted':
    'contacts de la période (appel, e-mail, SMS, courrier, réseau social, porte-à-porte, salon), joints ou non ; un prospect contacté 3 fois compte 3',
  'funnel.source.reached':
    'contacts où la personne a été jointe (joint, refus, à relancer, RDV, proposition, signature, perdu)',
  'funnel.source.pitched':
    'contacts où l’offre a été présentée (refus, à relancer, RDV, proposition, signature, perdu)',
  'funnel.source.appointment': 'contacts conclus par un RDV obtenu',
  'funnel.source.visited': 'visites et RDV à distance tenus sur la période, quel que soit leur résultat',
  'funnel.source.proposal': 'devis ou propositions envoyés, au contact ou en visite',
  'funnel.source.signed': 'ventes signées, au contact ou en visite',
  'funnel.source.visits_prospecting': 'visites à des prospects (pas encore clients le jour de la visite)',
  'funnel.source.visits_all': 'toutes les visites et RDV à distance tenus sur la période',
  'funnel.source.customers_new': 'prospects travaillés sur la période et devenus clients pendant celle-ci',
  'funnel.source.customers_total': 'clients de l’équipe à la fin de la période',
  'funnel.cohort_source.targeted': 'prospects de la cohorte (première action dans la période)',
  'funnel.cohort_source.stage': 'prospects de la cohorte ayant atteint ou dépassé « {stage} » au {until}',
  'funnel.cohort_source.visits_prospecting':
    'visites de la cohorte jusqu’au {until} tenues avant que le prospect soit client',
  'funnel.cohort_source.visits_all': 'visites et RDV à distance de la cohorte jusqu’au {until}',
  'funnel.cohort_source.customers_new':
    'prospects de la cohorte devenus clients depuis le début de la période',
  'funnel.cohort_source.customers_total': 'clients de l’équipe au {until}',
};

export const en: Record<keyof typeof fr, string> = {
  'funnel.cohort_title': 'Cohort funnel — {range}',
  'funnel.cohort_intro':
    '{count, plural, =0 {No prospect} one {# prospect} other {# prospects}} first worked in the period, followed up to {until}: each counts once in every stage it reached or passed.',
  'funnel.targeted_beside':
    'Targeted: {count, plural, one {# distinct prospect} other {# distinct prospects}}; bars start at attempts (every try counts).',
  'funnel.targeted_list': 'Targeted: a target list of {count} prospects; bars start at attempts.',
  'funnel.excess_line': '{ratio} {value} is above 100%: {causes}.',
  'funnel.chart_excess': '{mark} {ratio} {value}: {causes}',
  'funnel.excess.appointments_before_period':
    'including {count, plural, one {# appointment} other {# appointments}} obtained before the period',
  'funnel.excess.visits_without_appointment':
    'including {count, plural, one {# visit} other {# visits}} with no appointment waiting (a second visit, an appointment not logged or over 3 months old)',
  'funnel.excess.signed_without_visit':
    'including {count, plural, one {# signature} other {# signatures}} without a visit (phone, e-mail, door-to-door…)',
  'funnel.excess.proposals_without_visit':
    'including {count, plural, one {# proposal} other {# proposals}} sent without a visit',
  'funnel.excess.signed_without_appointment_in_period':
    'including {count, plural, one {# signature} other {# signatures}} with no appointment obtained in the period',
  'funnel.excess.repeat_signatures':
    'including {count, plural, one {# more signature} other {# more signatures}} by the same prospect',
  'funnel.excess.beyond_target_list':
    '{count, plural, one {# signed prospect} other {# signed prospects}} beyond the target list',
  'funnel.excess.repeat_events': '{count} more than the base: one prospect counted several times',
  'funnel.offer_cohort':
    'In the activity view a stage counts the period’s actions: the cohort view follows each prospect once and never exceeds 100%.',
  'funnel.followup_cohort': 'Cohort view',
  'funnel.followup_activity': 'Activity view',
  'funnel.followup_details': 'Definitions',
  'funnel.definitions_title': 'Definitions',
  'funnel.definition_label': '{ratio} = {formula}',
  'funnel.definition_value': '{numerator}: {numeratorSource}\n{denominator}: {denominatorSource}',
  'funnel.formula.reach_rate': 'reached / attempts',
  'funnel.formula.pitch_rate': 'pitched / reached',
  'funnel.formula.appointment_rate': 'appointments obtained / reached',
  'funnel.formula.show_rate': 'appointments held / appointments obtained',
  'funnel.formula.proposal_rate': 'proposals / appointments held',
  'funnel.formula.close_rate': 'signatures / appointments held',
  'funnel.formula.appointment_close_rate': 'signatures / appointments obtained',
  'funnel.formula.global_rate': 'signatures / targeted',
  'funnel.formula.prospecting_effort': 'visits to prospects / all visits held',
  'funnel.formula.conquest_rate': 'new customers / customers',
  'funnel.source.targeted': 'distinct prospects worked in the period',
  'funnel.source.targeted_list': 'size of the campaign’s target list',
  'funnel.source.attempted':
    'contacts in the period (call, e-mail, SMS, letter, social, door-to-door, trade show), reached or not; a prospect contacted 3 times counts 3',
  'funnel.source.reached':
    'contacts where the person was reached (reached, refused, callback, appointment, proposal, signed, lost)',
  'funnel.source.pitched':
    'contacts where the offer was pitched (refused, callback, appointment, proposal, signed, lost)',
  'funnel.source.appointment': 'contacts that ended with an appointment',
  'funnel.source.visited': 'visits and remote meetings held in the period, whatever their outcome',
  'funnel.source.proposal': 'quotes or proposals sent, on a contact or at a visit',
  'funnel.source.signed': 'sales signed, on a contact or at a visit',
  'funnel.source.visits_prospecting': 'visits to prospects (not yet customers on the day of the visit)',
  'funnel.source.visits_all': 'all visits and remote meetings held in the period',
  'funnel.source.customers_new': 'prospects worked in the period who became customers during it',
  'funnel.source.customers_total': 'the team’s customers at the end of the period',
  'funnel.cohort_source.targeted': 'prospects of the cohort (first action in the period)',
  'funnel.cohort_source.stage': 'prospects of the cohort who reached or passed “{stage}” by {until}',
  'funnel.cohort_source.visits_prospecting':
    'the cohort’s visits up to {until} held before the prospect was a customer',
  'funnel.cohort_source.visits_all': 'the cohort’s visits and remote meetings up to {until}',
  'funnel.cohort_source.customers_new': 'prospects of the cohort who became customers since the period began',
  'funnel.cohort_source.customers_total': 'the team’s customers on {until}',
};
