/** Strings of `/export` (FR `/exporter`). */
export const fr = {
  'export.title':
    '{count, plural, =0 {Aucune ligne à exporter} one {# ligne exportée} other {# lignes exportées}} ({what})',
  'export.what.activities': 'actions',
  'export.what.prospects': 'prospects',
  'export.what.sales': 'ventes',
  'export.what.notes': 'notes de veille',
  'export.file': 'Fichier',
  'export.period': 'Période',
  'export.period_all': 'tout l’historique',
  'export.rep': 'Commercial',
  'export.format_csv':
    'CSV pour Excel : séparateur « ; », virgule décimale, UTF-8 avec BOM. Une cellule qui commencerait par = + - @ est précédée d’une apostrophe (protection contre l’injection de formules).',
  'export.format_xlsx': 'Classeur Excel (XLSX) : nombres en nombres, textes en texte.',
  'export.reimport': 'Réimporter ce fichier avec /importer {what} n’ajoute rien de ce qui existe déjà.',
  'export.file_prefix.activities': 'actions',
  'export.file_prefix.prospects': 'prospects',
  'export.file_prefix.sales': 'ventes',
  'export.file_prefix.notes': 'veille',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'export.title':
    '{count, plural, =0 {No row to export} one {# row exported} other {# rows exported}} ({what})',
  'export.what.activities': 'activities',
  'export.what.prospects': 'prospects',
  'export.what.sales': 'sales',
  'export.what.notes': 'watch notes',
  'export.file': 'File',
  'export.period': 'Period',
  'export.period_all': 'all history',
  'export.rep': 'Sales rep',
  'export.format_csv':
    'CSV for Excel: “;” separator, decimal comma, UTF-8 with BOM. A cell that would start with = + - @ gets a leading apostrophe (formula injection guard).',
  'export.format_xlsx': 'Excel workbook (XLSX): numbers as numbers, text as text.',
  'export.reimport': 'Re-importing this file with /import {what} adds nothing that is already there.',
  'export.file_prefix.activities': 'activities',
  'export.file_prefix.prospects': 'prospects',
  'export.file_prefix.sales': 'sales',
  'export.file_prefix.notes': 'watch',
};
