export { communeKey } from './commune-key.ts';
export { createPostalLookup, type PostalLookup, type PostalPlace, postalLookup } from './postal-lookup.ts';
