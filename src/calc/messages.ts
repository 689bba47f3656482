/** Messages of the commercial calculator (`/calcul`): each result with its formula and the numbers put in. */
export const fr = {
  'errors.invalid_rate':
    '{option} : « {value} » n’est pas un taux. Écrivez par exemple 60 %, 60 ou 0,6 (un nombre sans % inférieur à 1 est une fraction).',
  'errors.calc_one_of': 'Donnez une seule de ces options : {options}.',
  'errors.calc_none_of': 'Il manque une de ces options : {options}.',
  'errors.calc_growth_mode':
    'Donnez soit {end} et {years}, soit {rates} (les taux de chaque année séparés par « ; »), pas les deux.',
  'errors.calc_rates_list':
    '{option} : « {value} » n’est pas une liste de taux. Écrivez par exemple « 3 % ; -2 % ; 5 % ».',
  'calc.margin_title': 'Marge, taux de marge et de marque',
  'calc.price_title': 'Prix de vente',
  'calc.cost_title': 'Coût d’achat',
  'calc.breakeven_title': 'Seuil de rentabilité et point mort',
  'calc.growth_title': 'Évolution et TCAM',
  'calc.clv_title': 'Valeur vie client',
  'calc.roi_title': 'Retour sur investissement',
  'calc.unit_margin': 'Marge unitaire = PV HT − PA HT = {price} − {cost} = {value}',
  'calc.total_margin': 'Marge totale = marge unitaire × quantité = {unit} × {quantity} = {value}',
  'calc.margin_rate': 'Taux de marge = marge / PA HT = {unit} / {cost} = {value}',
  'calc.markup_rate': 'Taux de marque = marge / PV HT = {unit} / {price} = {value}',
  'calc.multiplier':
    'Coefficient multiplicateur = PV HT / PA HT = {price} / {cost} = {value} (certains cours prennent PV TTC / PA HT = {ttc})',
  'calc.price_ttc': 'PV TTC = PV HT × (1 + TVA) = {price} × (1 + {vat}) = {value}',
  'calc.rate_na_cost': '{label} : n.d. — le PA HT est nul, le taux n’a pas de dénominateur.',
  'calc.rate_na_price': '{label} : n.d. — le PV HT est nul, le taux n’a pas de dénominateur.',
  'calc.label_margin_rate': 'Taux de marge',
  'calc.label_markup_rate': 'Taux de marque',
  'calc.label_multiplier': 'Coefficient multiplicateur',
  'calc.price_from_margin_rate': 'PV HT = PA HT × (1 + taux de marge) = {cost} × (1 + {rate}) = {value}',
  'calc.price_from_markup_rate': 'PV HT = PA HT / (1 − taux de marque) = {cost} / (1 − {rate}) = {value}',
  'calc.price_from_multiplier': 'PV HT = PA HT × coefficient = {cost} × {rate} = {value}',
  'calc.price_na':
    'Pas de prix : avec un taux de marque de {rate}, 1 − taux de marque vaut {denominator} ; le taux de marque doit rester sous 100 %.',
  'calc.cost_from_margin_rate': 'PA HT = PV HT / (1 + taux de marge) = {price} / (1 + {rate}) = {value}',
  'calc.cost_from_markup_rate': 'PA HT = PV HT × (1 − taux de marque) = {price} × (1 − {rate}) = {value}',
  'calc.cost_from_multiplier': 'PA HT = PV HT / coefficient = {price} / {rate} = {value}',
  'calc.cost_na_margin_rate':
    'Pas de coût : avec un taux de marge de {rate}, 1 + taux de marge vaut {denominator} (il faut plus de −100 %).',
  'calc.cost_na_multiplier': 'Pas de coût : le coefficient vaut {rate}, il doit être positif.',
  'calc.contribution_from_variable':
    'Marge sur coût variable = CA − charges variables = {revenue} − {variable} = {value}',
  'calc.contribution_given': 'Marge sur coût variable (donnée) = {value}',
  'calc.contribution_from_rate': 'Marge sur coût variable = CA × taux de MCV = {revenue} × {rate} = {value}',
  'calc.contribution_rate': 'Taux de marge sur coût variable = MCV / CA = {margin} / {revenue} = {value}',
  'calc.contribution_rate_given': 'Taux de marge sur coût variable (donné) = {value}',
  'calc.contribution_rate_na': 'Taux de marge sur coût variable : n.d. — le CA est nul.',
  'calc.break_even_revenue':
    'Seuil de rentabilité = charges fixes / taux de MCV = {fixed} / {rate} = {value}',
  'calc.break_even_revenue_na':
    'Pas de seuil de rentabilité : le taux de marge sur coût variable est nul, négatif ou inconnu, les charges fixes ne sont jamais couvertes.',
  'calc.break_even_day':
    'Point mort = SR / CA × {days} = {threshold} / {revenue} × {days} = {value} jours ({days, select, 360 {année commerciale de 360 jours, mois de 30 jours} other {année civile de 365 jours}})',
  'calc.break_even_date': 'Date du point mort : {date} ({day}e jour compté depuis le {start})',
  'calc.break_even_date_na':
    'Le point mort ({value} jours) tombe après la fin de l’année de {days} jours : le seuil n’est pas atteint sur l’exercice.',
  'calc.safety_margin': 'Marge de sécurité = CA − SR = {revenue} − {threshold} = {value}',
  'calc.safety_index': 'Indice de sécurité = marge de sécurité / CA = {margin} / {revenue} = {value}',
  'calc.growth_from_ends': 'Évolution globale = V fin / V début − 1 = {end} / {start} − 1 = {value}',
  'calc.growth_from_rates': 'Évolution globale = {coefficients} − 1 = {value}',
  'calc.growth_na': 'Évolution globale : n.d. — la valeur de départ est nulle.',
  'calc.growth_end': 'Valeur finale = {start} × {product} = {value}',
  'calc.cagr': 'TCAM = (V fin / V début)^(1/n) − 1 = ({end} / {start})^(1/{years}) − 1 = {value}',
  'calc.cagr_na_years': 'TCAM : n.d. — il faut au moins une année d’écart (n = 0).',
  'calc.cagr_na_values':
    'TCAM : n.d. — la valeur de départ est nulle ou les valeurs changent de signe, la racine n’existe pas.',
  'calc.clv_margin':
    'Valeur vie client (variante marge) = panier × fréquence × durée × taux de marque − CAC = {basket} × {frequency} × {years} × {rate} − {cac} = {value}',
  'calc.clv_revenue':
    'Valeur vie client (variante CA, sans marge ni CAC) = panier × fréquence × durée = {basket} × {frequency} × {years} = {value}',
  'calc.clv_revenue_hint':
    'Donnez taux_de_marque pour la variante marge (celle du cours), dont on retire le CAC.',
  'calc.break_even_spend':
    'Dépense d’équilibre = CAC / taux de marque = {cac} / {rate} = {value} : le CA qu’un nouveau client doit apporter pour rembourser son acquisition',
  'calc.break_even_spend_na': 'Dépense d’équilibre : n.d. — il faut un CAC et un taux de marque non nul.',
  'calc.roi': 'ROI (base marge) = (marge − coût) / coût = ({margin} − {cost}) / {cost} = {value}',
  'calc.roi_na_margin':
    'ROI (base marge) : n.d. — donnez marge: ; l’analyse BTS compare la marge, pas le CA, au coût.',
  'calc.roi_revenue': 'ROI (base CA) = (CA − coût) / coût = ({revenue} − {cost}) / {cost} = {value}',
  'calc.roi_na_cost': '{label} : n.d. — le coût est nul, le ratio n’a pas de dénominateur.',
  'calc.label_roi': 'ROI (base marge)',
  'calc.label_roi_revenue': 'ROI (base CA)',
  'calc.growth_overall_label': 'Évolution globale {from}–{to}',
  'calc.visit_col_ratio': 'Ratio par visite',
  'calc.visit_caption': 'Ratios par visite (CA et marge des signatures de la période)',
  'calc.visit.revenue_per_visit': 'CA par visite (CA signé / visites réalisées)',
  'calc.visit.margin_per_visit': 'Marge par visite',
  'calc.visit.margin_per_order': 'Marge par commande (marge / signatures)',
  'calc.visit.visits_per_order': 'Visites par commande (visites / signatures)',
  'calc.visit.prospecting_yield': 'Rendement de la prospection (nouveaux clients / visites de prospection)',
  'calc.visit_margin_unknown': 'n.d. (marge inconnue : taux de marque de l’équipe à définir)',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.invalid_rate':
    '{option}: “{value}” is not a rate. Write e.g. 60%, 60 or 0.6 (a number below 1 without % is a fraction).',
  'errors.calc_one_of': 'Give only one of these options: {options}.',
  'errors.calc_none_of': 'One of these options is missing: {options}.',
  'errors.calc_growth_mode':
    'Give either {end} and {years}, or {rates} (each year’s rate, separated by “;”), not both.',
  'errors.calc_rates_list': '{option}: “{value}” is not a list of rates. Write e.g. “3%; -2%; 5%”.',
  'calc.margin_title': 'Margin, margin rate and markup rate',
  'calc.price_title': 'Selling price',
  'calc.cost_title': 'Purchase cost',
  'calc.breakeven_title': 'Break-even revenue and break-even day',
  'calc.growth_title': 'Growth and CAGR',
  'calc.clv_title': 'Customer lifetime value',
  'calc.roi_title': 'Return on investment',
  'calc.unit_margin': 'Unit margin = price excl. tax − cost excl. tax = {price} − {cost} = {value}',
  'calc.total_margin': 'Total margin = unit margin × quantity = {unit} × {quantity} = {value}',
  'calc.margin_rate': 'Margin rate = margin / cost = {unit} / {cost} = {value}',
  'calc.markup_rate': 'Markup rate = margin / price = {unit} / {price} = {value}',
  'calc.multiplier':
    'Multiplier = price excl. tax / cost = {price} / {cost} = {value} (some courses use price incl. tax / cost = {ttc})',
  'calc.price_ttc': 'Price incl. tax = price × (1 + VAT) = {price} × (1 + {vat}) = {value}',
  'calc.rate_na_cost': '{label}: n/a — the cost is 0, the rate has no denominator.',
  'calc.rate_na_price': '{label}: n/a — the price is 0, the rate has no denominator.',
  'calc.label_margin_rate': 'Margin rate',
  'calc.label_markup_rate': 'Markup rate',
  'calc.label_multiplier': 'Multiplier',
  'calc.price_from_margin_rate': 'Price = cost × (1 + margin rate) = {cost} × (1 + {rate}) = {value}',
  'calc.price_from_markup_rate': 'Price = cost / (1 − markup rate) = {cost} / (1 − {rate}) = {value}',
  'calc.price_from_multiplier': 'Price = cost × multiplier = {cost} × {rate} = {value}',
  'calc.price_na':
    'No price: with a markup rate of {rate}, 1 − markup rate is {denominator}; the markup rate must stay below 100%.',
  'calc.cost_from_margin_rate': 'Cost = price / (1 + margin rate) = {price} / (1 + {rate}) = {value}',
  'calc.cost_from_markup_rate': 'Cost = price × (1 − markup rate) = {price} × (1 − {rate}) = {value}',
  'calc.cost_from_multiplier': 'Cost = price / multiplier = {price} / {rate} = {value}',
  'calc.cost_na_margin_rate':
    'No cost: with a margin rate of {rate}, 1 + margin rate is {denominator} (it must be above −100%).',
  'calc.cost_na_multiplier': 'No cost: the multiplier is {rate}, it must be positive.',
  'calc.contribution_from_variable':
    'Contribution margin = revenue − variable costs = {revenue} − {variable} = {value}',
  'calc.contribution_given': 'Contribution margin (given) = {value}',
  'calc.contribution_from_rate':
    'Contribution margin = revenue × contribution rate = {revenue} × {rate} = {value}',
  'calc.contribution_rate':
    'Contribution rate = contribution margin / revenue = {margin} / {revenue} = {value}',
  'calc.contribution_rate_given': 'Contribution rate (given) = {value}',
  'calc.contribution_rate_na': 'Contribution rate: n/a — the revenue is 0.',
  'calc.break_even_revenue':
    'Break-even revenue = fixed costs / contribution rate = {fixed} / {rate} = {value}',
  'calc.break_even_revenue_na':
    'No break-even revenue: the contribution rate is zero, negative or unknown, so fixed costs are never covered.',
  'calc.break_even_day':
    'Break-even day = break-even revenue / revenue × {days} = {threshold} / {revenue} × {days} = {value} days ({days, select, 360 {commercial year of 360 days, months of 30 days} other {calendar year of 365 days}})',
  'calc.break_even_date': 'Break-even date: {date} (day {day} counted from {start})',
  'calc.break_even_date_na':
    'The break-even day ({value} days) falls after the end of the {days}-day year: break-even is not reached this year.',
  'calc.safety_margin': 'Safety margin = revenue − break-even revenue = {revenue} − {threshold} = {value}',
  'calc.safety_index': 'Safety index = safety margin / revenue = {margin} / {revenue} = {value}',
  'calc.growth_from_ends': 'Overall growth = V end / V start − 1 = {end} / {start} − 1 = {value}',
  'calc.growth_from_rates': 'Overall growth = {coefficients} − 1 = {value}',
  'calc.growth_na': 'Overall growth: n/a — the start value is 0.',
  'calc.growth_end': 'End value = {start} × {product} = {value}',
  'calc.cagr': 'CAGR = (V end / V start)^(1/n) − 1 = ({end} / {start})^(1/{years}) − 1 = {value}',
  'calc.cagr_na_years': 'CAGR: n/a — at least one year apart is needed (n = 0).',
  'calc.cagr_na_values':
    'CAGR: n/a — the start value is 0 or the values change sign, so the root does not exist.',
  'calc.clv_margin':
    'Customer lifetime value (margin variant) = basket × frequency × years × markup rate − CAC = {basket} × {frequency} × {years} × {rate} − {cac} = {value}',
  'calc.clv_revenue':
    'Customer lifetime value (revenue variant, no margin nor CAC) = basket × frequency × years = {basket} × {frequency} × {years} = {value}',
  'calc.clv_revenue_hint':
    'Give markup_rate for the margin variant (the course’s), from which the CAC is taken.',
  'calc.break_even_spend':
    'Break-even spend = CAC / markup rate = {cac} / {rate} = {value}: the revenue a new customer must bring to repay its acquisition',
  'calc.break_even_spend_na': 'Break-even spend: n/a — it needs a CAC and a markup rate other than 0.',
  'calc.roi': 'ROI (margin base) = (margin − cost) / cost = ({margin} − {cost}) / {cost} = {value}',
  'calc.roi_na_margin':
    'ROI (margin base): n/a — give margin:; BTS analysis compares margin, not revenue, with cost.',
  'calc.roi_revenue':
    'ROI (revenue base) = (revenue − cost) / cost = ({revenue} − {cost}) / {cost} = {value}',
  'calc.roi_na_cost': '{label}: n/a — the cost is 0, the ratio has no denominator.',
  'calc.label_roi': 'ROI (margin base)',
  'calc.label_roi_revenue': 'ROI (revenue base)',
  'calc.growth_overall_label': 'Overall growth {from}–{to}',
  'calc.visit_col_ratio': 'Per-visit ratio',
  'calc.visit_caption': 'Per-visit ratios (revenue and margin of the period’s signatures)',
  'calc.visit.revenue_per_visit': 'Revenue per visit (signed revenue / visits held)',
  'calc.visit.margin_per_visit': 'Margin per visit',
  'calc.visit.margin_per_order': 'Margin per order (margin / signatures)',
  'calc.visit.visits_per_order': 'Visits per order (visits / signatures)',
  'calc.visit.prospecting_yield': 'Prospecting yield (new customers / prospecting visits)',
  'calc.visit_margin_unknown': 'n/a (margin unknown: set the team’s markup rate)',
};
