/** The captions of a long list's pages (src/core/paging.ts), for lists without their own words. */
export const fr = {
  'list.list_page': 'Lignes {from} à {to} sur {total}.',
  'list.list_more': 'Les {shown} premières sur {total} : la suite avec le bouton Suite (ou début:).',
  'list.past_end': 'Plus rien à partir de ce rang : reprenez la liste sans début:.',
};

export const en: Record<keyof typeof fr, string> = {
  'list.list_page': 'Rows {from}–{to} of {total}.',
  'list.list_more': 'The first {shown} of {total}: the rest with the More button (or from:).',
  'list.past_end': 'Nothing more from that rank: list them again without from:.',
};
