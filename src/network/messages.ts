/** Messages of the professional network (outline 5): contacts, objectives, map. */
export const fr = {
  'network.type.personal': 'Personnel',
  'network.type.vertical': 'Vertical',
  'network.type.horizontal': 'Horizontal',
  'network.type.transversal': 'Transversal',
  'network.strength.1': 'faible',
  'network.strength.2': 'moyen',
  'network.strength.3': 'fort',
  'network.masked': 'Contact personnel de {owner}',
  'network.field.type': 'Type',
  'network.field.strength': 'Lien',
  'network.field.organisation': 'Organisation',
  'network.field.means': 'Moyen',
  'network.field.last_exchange': 'Dernier échange',
  'network.field.how_met': 'Rencontre',
  'network.field.purpose': 'Objet du lien',
  'network.field.prospect': 'Prospect lié',
  'network.field.owner': 'Réseau de',
  'network.added': 'Contact {name} ajouté au réseau ({id})',
  'network.updated': 'Contact {name} modifié ({id})',
  'network.removed': 'Contact {name} retiré du réseau ({id})',
  'network.followup_map': 'Cartographie',
  'network.list_title':
    '{count, plural, =0 {Aucun contact} one {# contact} other {# contacts}} dans le réseau',
  'network.list_none':
    'Réseau vide : /réseau ajouter "Paul Girard" type:transversal organisation:"CCI" force:3 moyen:"club d’affaires"',
  'network.col.name': 'Contact',
  'network.col.last': 'Dernier échange',
  'network.col.objective': 'Objectif',
  'network.col.owner': 'Membre',
  'network.col.due': 'Échéance',
  'network.col.status': 'État',
  'network.map_title': 'Cartographie du réseau de {name}',
  'network.map_subtitle':
    '{count, plural, one {# contact} other {# contacts}} ; plus le point est proche du centre, plus le lien est fort',
  'network.map_alt':
    'Réseau de {name} : {personal} personnel, {vertical} vertical, {horizontal} horizontal, {transversal} transversal',
  'network.objective_added': 'Objectif de networking {id} ajouté',
  'network.objective_done': 'Objectif {id} atteint',
  'network.objective_reopen': 'Objectif {id} rouvert',
  'network.objective_remove': 'Objectif {id} retiré',
  'network.objectives_title':
    'Objectifs de networking : {done} atteint{done, plural, one {} other {s}} sur {count}',
  'network.objectives_none':
    'Aucun objectif de networking : /réseau objectifs ajouter texte:"Rejoindre un club d’affaires" échéance:2027-03-31',
  'network.objective_done_on': 'atteint le {date}',
  'network.objective_open': 'en cours',
  'errors.network_contact_not_found':
    'Contact « {value} » introuvable dans votre réseau : voir /réseau liste.',
  'errors.network_not_yours':
    '{id} est dans le réseau de {owner} : seuls {owner} et les managers peuvent le modifier ou le retirer.',
  'errors.network_objective_not_found':
    'Objectif « {value} » introuvable parmi les vôtres : voir /réseau objectifs (ids NO-1, NO-2…).',
};

export const en: Record<keyof typeof fr, string> = {
  'network.type.personal': 'Personal',
  'network.type.vertical': 'Vertical',
  'network.type.horizontal': 'Horizontal',
  'network.type.transversal': 'Transversal',
  'network.strength.1': 'weak',
  'network.strength.2': 'medium',
  'network.strength.3': 'strong',
  'network.masked': '{owner}’s personal contact',
  'network.field.type': 'Type',
  'network.field.strength': 'Link',
  'network.field.organisation': 'Organisation',
  'network.field.means': 'Means',
  'network.field.last_exchange': 'Last exchange',
  'network.field.how_met': 'How met',
  'network.field.purpose': 'What the link is for',
  'network.field.prospect': 'Linked prospect',
  'network.field.owner': 'Network of',
  'network.added': 'Contact {name} added to the network ({id})',
  'network.updated': 'Contact {name} updated ({id})',
  'network.removed': 'Contact {name} removed from the network ({id})',
  'network.followup_map': 'Map',
  'network.list_title': '{count, plural, =0 {No contact} one {# contact} other {# contacts}} in the network',
  'network.list_none':
    'The network is empty: /network add "Paul Girard" type:transversal organisation:"Chamber of commerce" strength:3 means:business_club',
  'network.col.name': 'Contact',
  'network.col.last': 'Last exchange',
  'network.col.objective': 'Objective',
  'network.col.owner': 'Member',
  'network.col.due': 'Due',
  'network.col.status': 'Status',
  'network.map_title': '{name}’s network map',
  'network.map_subtitle':
    '{count, plural, one {# contact} other {# contacts}}; the closer to the centre, the stronger the link',
  'network.map_alt':
    '{name}’s network: {personal} personal, {vertical} vertical, {horizontal} horizontal, {transversal} transversal',
  'network.objective_added': 'Networking objective {id} added',
  'network.objective_done': 'Objective {id} reached',
  'network.objective_reopen': 'Objective {id} reopened',
  'network.objective_remove': 'Objective {id} removed',
  'network.objectives_title': 'Networking objectives: {done} of {count} reached',
  'network.objectives_none':
    'No networking objective yet: /network objectives add text:"Join a business club" due:2027-03-31',
  'network.objective_done_on': 'reached on {date}',
  'network.objective_open': 'open',
  'errors.network_contact_not_found': 'No contact “{value}” in your network: see /network list.',
  'errors.network_not_yours':
    '{id} is in {owner}’s network: only {owner} and managers can change or remove it.',
  'errors.network_objective_not_found':
    'No objective “{value}” among yours: see /network objectives (ids NO-1, NO-2…).',
};
