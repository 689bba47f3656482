/**
 * Sums of money are kept in integer ten-thousandths: amounts with up to 4 decimals (the
 * Superstore's `41.9136`) then add up exactly, as a spreadsheet shows them, instead of drifting
 * in binary floating point (`0.1 + 0.2`). Safe up to 900 billion in total.
 */
export const UNITS = 10_000;
export const toUnits = (amount: number): number => Math.round(amount * UNITS);
export const fromUnits = (units: number): number => units / UNITS;
