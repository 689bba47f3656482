/** Messages of `prospecta store …` and of a store that cannot be opened. */
export const fr = {
  'store.bad_url':
    'Prospecta ne peut pas ouvrir sa base : « {url} » n’est pas une adresse PostgreSQL. Corrigez DATABASE_URL (ou --from/--to) sous la forme postgres://utilisateur:motdepasse@hôte:5432/base.',
  'store.unreachable':
    'Prospecta ne peut pas joindre la base PostgreSQL {url} : {detail}\nVérifiez que le serveur est démarré, l’adresse, l’utilisateur, le mot de passe et le nom de la base (DATABASE_URL).',
  'store.migrated':
    'Schéma de la base {url} à jour : version {version} ({applied, plural, =0 {aucune étape à appliquer} one {# étape appliquée} other {# étapes appliquées}}).',
  'store.migrate_embedded':
    'Le stockage intégré (dossier {dir}) n’a pas de schéma à migrer : définissez DATABASE_URL=postgres://… ou PROSPECTA_STORE=postgres pour migrer une base PostgreSQL.',
  'store.usage':
    'Utilisation :\n  prospecta store migrate                                 crée ou met à jour le schéma de la base (DATABASE_URL)\n  prospecta store copy --from SOURCE --to CIBLE [--force]\n                                                          copie toutes les équipes ; source et cible : un dossier de données ou postgres://…\n                                                          --force remplace le contenu d’une cible non vide',
  'store.copy_same':
    'La source et la cible sont la même ({target}) : rien n’a été copié. Donnez deux emplacements différents.',
  'store.copy_not_empty':
    'La cible {target} contient déjà {teams, plural, one {# équipe} other {# équipes}} : rien n’a été copié. Ajoutez --force pour remplacer tout son contenu par celui de la source.',
  'store.copy_source_empty': 'La source {source} ne contient aucune équipe : rien à copier. Vérifiez --from.',
  'store.copy_done':
    'Copié de {source} vers {target} : {teams, plural, one {# équipe} other {# équipes}}, {items, plural, one {# élément} other {# éléments}}.\n{counts}\nEmpreinte du contenu (sha256) identique des deux côtés : {hash}',
  'store.copy_mismatch':
    'La copie vers {target} ne correspond pas à la source : {detail}. La cible est incomplète ; relancez avec --force après avoir corrigé la cause.',
};

export const en: Record<keyof typeof fr, string> = {
  'store.bad_url':
    'Prospecta cannot open its database: “{url}” is not a PostgreSQL URL. Fix DATABASE_URL (or --from/--to) as postgres://user:password@host:5432/database.',
  'store.unreachable':
    'Prospecta cannot reach the PostgreSQL database {url}: {detail}\nCheck that the server is running, and the host, user, password and database name (DATABASE_URL).',
  'store.migrated':
    'Database schema of {url} up to date: version {version} ({applied, plural, =0 {no step to apply} one {# step applied} other {# steps applied}}).',
  'store.migrate_embedded':
    'The embedded store (folder {dir}) has no schema to migrate: set DATABASE_URL=postgres://… or PROSPECTA_STORE=postgres to migrate a PostgreSQL database.',
  'store.usage':
    'Usage:\n  prospecta store migrate                                 create or upgrade the database schema (DATABASE_URL)\n  prospecta store copy --from SOURCE --to TARGET [--force]\n                                                          copy every team; source and target: a data folder or postgres://…\n                                                          --force replaces the content of a non-empty target',
  'store.copy_same':
    'The source and the target are the same ({target}): nothing was copied. Give two different places.',
  'store.copy_not_empty':
    'The target {target} already holds {teams, plural, one {# team} other {# teams}}: nothing was copied. Add --force to replace all its content with the source’s.',
  'store.copy_source_empty': 'The source {source} holds no team: nothing to copy. Check --from.',
  'store.copy_done':
    'Copied from {source} to {target}: {teams, plural, one {# team} other {# teams}}, {items, plural, one {# item} other {# items}}.\n{counts}\nContent fingerprint (sha256) identical on both sides: {hash}',
  'store.copy_mismatch':
    'The copy in {target} does not match the source: {detail}. The target is incomplete; run again with --force once the cause is fixed.',
};
