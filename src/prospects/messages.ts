/** Messages of the near-duplicate check (a new prospect name close to an existing one). */
export const fr = {
  'prospect.list_page': 'Prospects {from} à {to} sur {total}.',
  'prospect.list_past_end': 'Plus aucun prospect à partir de ce rang : reprenez la liste sans début:.',
  'dup.candidate': '{id} {name}',
  'dup.candidate_place': '{id} {name} ({place})',
  'dup.others': 'Autres prospects proches : {list}',
  'dup.nothing_saved':
    'Rien n’a été enregistré. Choisissez le prospect, ou créez « {typed} » s’il s’agit d’un autre (nouveau:oui).',
  'dup.yes': 'Oui, {id}',
  'dup.no_create': 'Non, créer « {name} »',
  'dup.import_title':
    '{count, plural, one {# nom du fichier ressemble} other {# noms du fichier ressemblent}} à un prospect existant',
  'dup.import_hint':
    'Pour importer, relancez avec doublons:fusionner (rattacher ces lignes au prospect existant) ou doublons:créer (créer de nouveaux prospects).',
  'dup.col_file_name': 'Nom dans le fichier',
  'dup.col_existing': 'Prospect existant',
  'dup.decision_merge':
    '{count, plural, one {# nom proche d’un prospect existant y a été rattaché} other {# noms proches de prospects existants y ont été rattachés}} (doublons:fusionner).',
  'dup.decision_create':
    '{count, plural, one {# nom proche d’un prospect existant a été créé comme nouveau prospect} other {# noms proches de prospects existants ont été créés comme nouveaux prospects}} (doublons:créer).',
  'errors.possible_duplicate': 'Vouliez-vous dire {id} {name} ?',
  'errors.customer_since_not_customer':
    'client_depuis : une date « client depuis » fait du prospect un client, mais statut vaut « {status} ». Retirez statut ou la date.',
  'errors.import_possible_duplicates':
    '{count, plural, one {# nom du fichier ressemble} other {# noms du fichier ressemblent}} à un prospect existant : rien n’a été importé. Relancez avec doublons:fusionner (rattacher au prospect existant) ou doublons:créer (nouveaux prospects) ; essai:oui les liste.',
};

export const en: Record<keyof typeof fr, string> = {
  'prospect.list_page': 'Prospects {from}–{to} of {total}.',
  'prospect.list_past_end': 'No more prospects from that rank: list them again without from:.',
  'dup.candidate': '{id} {name}',
  'dup.candidate_place': '{id} {name} ({place})',
  'dup.others': 'Other close prospects: {list}',
  'dup.nothing_saved':
    'Nothing was saved. Pick the prospect, or create “{typed}” if it is another one (new:true).',
  'dup.yes': 'Yes, {id}',
  'dup.no_create': 'No, create “{name}”',
  'dup.import_title':
    '{count, plural, one {# name in the file resembles} other {# names in the file resemble}} an existing prospect',
  'dup.import_hint':
    'To import, run again with duplicates:merge (attach these rows to the existing prospect) or duplicates:create (create new prospects).',
  'dup.col_file_name': 'Name in the file',
  'dup.col_existing': 'Existing prospect',
  'dup.decision_merge':
    '{count, plural, one {# name close to an existing prospect was attached to it} other {# names close to existing prospects were attached to them}} (duplicates:merge).',
  'dup.decision_create':
    '{count, plural, one {# name close to an existing prospect was created as a new prospect} other {# names close to existing prospects were created as new prospects}} (duplicates:create).',
  'errors.possible_duplicate': 'Did you mean {id} {name}?',
  'errors.customer_since_not_customer':
    'customer_since: a “customer since” date makes the prospect a customer, but status is “{status}”. Remove status or the date.',
  'errors.import_possible_duplicates':
    '{count, plural, one {# name in the file resembles} other {# names in the file resemble}} an existing prospect: nothing was imported. Run again with duplicates:merge (attach to the existing prospect) or duplicates:create (new prospects); dry_run:true lists them.',
};
