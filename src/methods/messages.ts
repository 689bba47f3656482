/** Messages of the comparison of prospecting methods. */
export const fr = {
  'ops.col_method': 'Méthode',
  'ops.col_contacts': 'Contacts',
  'ops.col_cost': 'Coût',

  'ops.cost_per_signature': 'Coût par signature',

  'ops.methods_title': 'Comparaison des méthodes — {range}',
  'ops.methods_note':
    'Coût = temps saisi (durée + trajet) × coût horaire ({rate} par défaut) + km × {km} + part des coûts fixes des opérations (au prorata des actions).',
  'ops.methods_empty': 'Aucune action sur la période : rien à comparer.',
  'ops.methods_chart_title': 'Coûts par méthode',
  'ops.methods_chart_alt': 'Coût par RDV selon la méthode : {rows}.',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'ops.col_method': 'Method',
  'ops.col_contacts': 'Contacts',
  'ops.col_cost': 'Cost',

  'ops.cost_per_signature': 'Cost per signature',

  'ops.methods_title': 'Method comparison — {range}',
  'ops.methods_note':
    'Cost = logged time (duration + travel) × hourly cost ({rate} by default) + km × {km} + a share of the campaigns’ fixed costs (pro rata of actions).',
  'ops.methods_empty': 'No action in the period: nothing to compare.',
  'ops.methods_chart_title': 'Costs by method',
  'ops.methods_chart_alt': 'Cost per appointment by method: {rows}.',
};
