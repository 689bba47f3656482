// The package ships no types; this is the part of its API the watch search uses.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  // Named exports (the package sets `__esModule`): read the same whether it is imported as ESM or,
  // in the dossier's worker thread under tsx, required as CommonJS (where its default is undefined).
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
