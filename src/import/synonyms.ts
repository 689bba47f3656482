/** Column headers seen in real exports, beyond the option names and aliases (matched accent- and case-insensitively). */
export const ACTIVITY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  date: ['jour', 'day', 'date action', 'date de l action', 'date contact'],
  kind: ['kind', 'type d action', 'type action', 'moyen', 'canal de prospection'],
  outcome: ['result', 'resultat', 'issue', 'statut', 'status', 'suite'],
  prospect: ['prospect', 'nom', 'raison sociale', 'customer', 'client', 'contact', 'name'],
  rep: ['commercial', 'vendeur', 'rep', 'salesperson', 'owner', 'responsable', 'sales rep', 'conseiller'],
  amount: ['montant', 'montant ht', 'ca', 'ca ht', 'chiffre d affaires', 'amount', 'revenue', 'sales'],
  margin: ['marge', 'marge ht', 'margin', 'profit'],
  duration: ['duree', 'duration', 'temps', 'duree min'],
  travel: ['trajet', 'travel', 'temps de trajet', 'travel time'],
  km: ['km', 'kilometres', 'distance'],
  campaign: ['campagne', 'operation', 'campaign'],
  note: ['note', 'notes', 'commentaire', 'commentaires', 'comment', 'remarque'],
};

export const PROSPECT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  name: ['nom', 'name', 'raison sociale', 'prospect', 'contact', 'client'],
  company: ['societe', 'entreprise', 'company', 'organisation'],
  type: ['type', 'b2b/b2c', 'cible'],
  segment: ['segment', 'secteur', 'activite', 'categorie', 'category', 'industry'],
  city: ['ville', 'city', 'commune', 'localite'],
  postal_code: ['code postal', 'cp', 'postal code', 'zip', 'postcode'],
  email: ['email', 'e-mail', 'mail', 'courriel'],
  phone: ['telephone', 'tel', 'phone', 'portable', 'mobile'],
  source: ['source', 'origine', 'provenance'],
  status: ['statut', 'status'],
  customer_since: ['client depuis', 'customer since', 'date client', 'date premiere commande', 'depuis'],
  consent: ['consentement', 'consent', 'opt-in', 'optin'],
  basis: ['base legale', 'legal basis'],
  note: ['note', 'notes', 'commentaire', 'comment', 'remarque'],
};
