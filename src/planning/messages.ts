/** Messages of planning in time (workload, capacity) and in space (visit rounds). */
export const fr = {
  'errors.plan_period_missing':
    'L’opération {id} n’a pas de période : donnez période:2027-01 ou complétez-la avec /campagne modifier {id} du:… au:…',
  'errors.route_start_unknown':
    'départ : « {value} » n’est ni des coordonnées (45.75,4.84) ni un code postal français connu (69007).',
  'errors.route_hours_invalid':
    'horaires : « {value} » n’est pas deux plages horaires. Écrivez horaires:"8:30-12:00, 13:30-18:00".',
  'errors.route_day_off':
    'Le {date} est {reason, select, saturday {un samedi} sunday {un dimanche} other {un jour férié}} : choisissez un autre jour, ou ajoutez jour_non_ouvré:oui pour y planifier une tournée.',
  'errors.route_too_many':
    '{count} visites : une tournée en compte au plus {max}. Répartissez-les sur plusieurs jours.',

  'ops.col_km': 'km',
  'ops.col_arrive': 'Arrivée',
  'ops.col_leave': 'Départ',

  'ops.time_title': 'Temps disponible et temps nécessaire',
  'ops.working_days': 'Jours ouvrés',
  'ops.working_days_value': '{days} (fériés exclus : {holidays})',
  'ops.time_available': 'Temps disponible',
  'ops.per_rep': '{h} par commercial, {team} pour {reps, plural, one {# commercial} other {# commerciaux}}',
  'ops.time_needed': 'Temps nécessaire',
  'ops.time_needed_value':
    '{h} = {visits} visites × ({visit} min + {travel} min de trajet) + {calls} appels × {call} min',
  'ops.capacity': 'Capacité (visites par commercial)',
  'ops.capacity_value': '{n} visites ({per} par visite)',
  'ops.team_size': 'Commerciaux nécessaires (visites)',
  'ops.reps_needed': 'Commerciaux nécessaires (visites et appels)',
  'ops.team_size_value': '{exact}, soit {n}',
  'ops.hours': '{h} h',
  'ops.hours_axis': 'Heures',
  'ops.feasible': '✅ Faisable : il reste {gap} de marge.',
  'ops.not_feasible':
    '⚠️ Pas faisable en l’état : il manque {gap}. Ajoutez des commerciaux, allongez la période ou réduisez les objectifs.',
  'ops.time_defaults':
    'Par défaut : visite 60 min, trajet 30 min, appel 5 min, 7 h par jour, semaine du lundi au vendredi, jours fériés français exclus ; options visites:, appels:, durée…',
  'ops.time_chart_title': 'Temps disponible et nécessaire (heures)',
  'ops.time_chart_alt': 'Temps disponible {available}, temps nécessaire {needed}.',

  'ops.route_title': 'Tournée du {date}',
  'ops.route_summary':
    '{rep}, {date} : {stops} visites, {km} km (≈ {drive} min de route à {speed} km/h), {visit} min de visites, fin vers {end}.',
  'ops.route_empty': 'Aucune visite saisie ce jour-là : donnez la liste avec prospects:"P-3, P-7".',
  'ops.route_back': 'Retour au départ',
  'ops.route_caption': 'Ordre qui réduit les trajets (distance à vol d’oiseau, {speed} km/h de moyenne)',
  'ops.route_approx':
    '≈ position approchée : centre de la commune du code postal (GeoNames, INSEE). Pour l’adresse exacte : /prospect localiser P-… lat:… lon:…',
  'ops.route_approx_team': '≈ position approchée : centre des prospects localisés du même code postal.',
  'ops.route_unlocated':
    'Non localisés (hors tournée) : {list}. Ajoutez leurs coordonnées avec /prospect localiser P-… lat:… lon:…',
  'ops.route_remote': 'RDV à distance (pas de déplacement) : {list}.',
  'ops.route_chart_title': 'Tournée du {date} — {rep}',
  'ops.route_chart_subtitle': '{stops} visites, {km} km à vol d’oiseau',
  'ops.route_chart_alt': 'Carte de la tournée dans l’ordre : {list}.',
  'ops.route_series': 'Tournée',
  'ops.route_start': 'Départ',
  'ops.route_lunch': 'Pause déjeuner',
  'ops.route_after_hours':
    'Visites {list} : finissent après {end}, fin des horaires. Reportez-les à un autre jour.',
  'ops.latitude': 'Latitude',
  'ops.longitude': 'Longitude',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'errors.plan_period_missing':
    'Campaign {id} has no period: give period:2027-01 or set it with /campaign edit {id} from:… to:…',
  'errors.route_start_unknown':
    'from: "{value}" is neither coordinates (45.75,4.84) nor a known French postal code (69007).',
  'errors.route_hours_invalid':
    'hours: “{value}” is not two time ranges. Write hours:"8:30-12:00, 13:30-18:00".',
  'errors.route_day_off':
    '{date} is {reason, select, saturday {a Saturday} sunday {a Sunday} other {a public holiday}}: pick another day, or add any_day:true to plan a round on it.',
  'errors.route_too_many': '{count} visits: a round has at most {max}. Spread them over several days.',

  'ops.col_km': 'km',
  'ops.col_arrive': 'Arrive',
  'ops.col_leave': 'Leave',

  'ops.time_title': 'Time available and time needed',
  'ops.working_days': 'Working days',
  'ops.working_days_value': '{days} (public holidays left out: {holidays})',
  'ops.time_available': 'Time available',
  'ops.per_rep': '{h} per rep, {team} for {reps, plural, one {# rep} other {# reps}}',
  'ops.time_needed': 'Time needed',
  'ops.time_needed_value':
    '{h} = {visits} visits × ({visit} min + {travel} min travel) + {calls} calls × {call} min',
  'ops.capacity': 'Capacity (visits per rep)',
  'ops.capacity_value': '{n} visits ({per} per visit)',
  'ops.team_size': 'Reps needed (visits)',
  'ops.reps_needed': 'Reps needed (visits and calls)',
  'ops.team_size_value': '{exact}, so {n}',
  'ops.hours': '{h} h',
  'ops.hours_axis': 'Hours',
  'ops.feasible': '✅ Feasible: {gap} to spare.',
  'ops.not_feasible':
    '⚠️ Not feasible as it stands: {gap} short. Add reps, lengthen the period or lower the objectives.',
  'ops.time_defaults':
    'Defaults: 60 min a visit, 30 min travel, 5 min a call, 7 h a day, Monday to Friday, French public holidays left out; options visits:, calls:, durations…',
  'ops.time_chart_title': 'Time available and needed (hours)',
  'ops.time_chart_alt': 'Time available {available}, time needed {needed}.',

  'ops.route_title': 'Round of {date}',
  'ops.route_summary':
    '{rep}, {date}: {stops} visits, {km} km (≈ {drive} min driving at {speed} km/h), {visit} min of visits, done by {end}.',
  'ops.route_empty': 'No visit logged that day: list them with prospects:"P-3, P-7".',
  'ops.route_back': 'Back to the start',
  'ops.route_caption': 'Order that cuts travel (great-circle distance, {speed} km/h on average)',
  'ops.route_approx':
    '≈ approximate position: centre of the postal code’s commune (GeoNames, INSEE). For the exact address: /prospect locate P-… lat:… lon:…',
  'ops.route_approx_team':
    '≈ approximate position: centre of the located prospects with the same postal code.',
  'ops.route_unlocated':
    'Not located (left out of the round): {list}. Add their coordinates with /prospect locate P-… lat:… lon:…',
  'ops.route_remote': 'Remote meetings (no travel): {list}.',
  'ops.route_chart_title': 'Round of {date} — {rep}',
  'ops.route_chart_subtitle': '{stops} visits, {km} km great-circle',
  'ops.route_chart_alt': 'Map of the round in order: {list}.',
  'ops.route_series': 'Round',
  'ops.route_start': 'Start',
  'ops.route_lunch': 'Lunch break',
  'ops.route_after_hours':
    'Visits {list}: end after {end}, the end of the working day. Move them to another day.',
  'ops.latitude': 'Latitude',
  'ops.longitude': 'Longitude',
};
