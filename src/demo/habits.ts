import type { ActivityKind, Outcome } from '../domain/ids.ts';
import type { Place } from './names.ts';
import type { Rng } from './random.ts';

/** Relative weights of the outcomes of one kind of action. */
export type Mix = Partial<Record<Outcome, number>>;

export const MIXES = {
  call: {
    no_answer: 40,
    wrong_contact: 7,
    reached: 15,
    refused: 14,
    callback: 10,
    appointment: 11,
    proposal: 2,
    signed: 1,
  },
  /** A visit or remote meeting held after an appointment. */
  held: { proposal: 35, signed: 20, refused: 20, callback: 25 },
  /** A visit to an existing customer (new works): not prospecting, it lowers the prospecting effort. */
  followUp: { callback: 50, proposal: 30, signed: 20 },
  email: { no_answer: 55, reached: 15, refused: 9, callback: 15, appointment: 6 },
  social: { no_answer: 55, reached: 25, callback: 14, appointment: 6 },
  door: { no_answer: 20, reached: 25, refused: 25, callback: 15, appointment: 15 },
  event: { reached: 30, refused: 15, callback: 35, appointment: 20 },
  letter: { no_answer: 85, callback: 15 },
} satisfies Record<string, Mix>;

/** Share of appointments cancelled or not honoured by the prospect. */
export const CANCELLED = 0.12;

export interface RepHabits {
  calls: [number, number];
  emails: [number, number];
  /** Chance of a LinkedIn message on a given day. */
  social: number;
  /** Chance of a door-to-door round on a given day. */
  door: number;
}

/** Each rep has a style, so that comparing reps shows something. */
export const HABITS: Readonly<Record<string, RepHabits>> = {
  'demo:alice': { calls: [8, 12], emails: [0, 2], social: 0.5, door: 0.1 },
  'demo:karim': { calls: [6, 10], emails: [0, 1], social: 0.2, door: 0.25 },
  'demo:chloe': { calls: [5, 9], emails: [1, 3], social: 0.6, door: 0.08 },
};

/** Minutes an action takes; an unanswered call takes a minute or two. */
export function durationOf(rng: Rng, kind: ActivityKind, outcome: Outcome): number {
  switch (kind) {
    case 'call':
      return outcome === 'no_answer' || outcome === 'wrong_contact' ? rng.int(1, 2) : rng.int(3, 10);
    case 'visit':
      return rng.int(9, 18) * 5;
    case 'meeting':
      return rng.int(6, 12) * 5;
    case 'door':
      return rng.int(5, 15);
    case 'event':
      return rng.int(10, 20);
    default:
      return rng.int(3, 8);
  }
}

/** Road from the previous stop (the agency, or the last customer) to a commune. */
export function travelTo(rng: Rng, place: Place): { km: number; min: number } {
  const km = Math.round(place.km * (0.9 + rng.next() * 0.3));
  return { km, min: Math.round(km * 1.5) + rng.int(5, 12) };
}

/** A minute of the day in [from, to], on a 5-minute step. */
export const slot = (rng: Rng, from: number, to: number): number => rng.int(from / 5, to / 5) * 5;

/** Businesses are called in office hours; consumers only 10:00–13:00 and 14:00–20:00 (décret 2022-1313). */
export const callMinute = (rng: Rng, b2c: boolean): number =>
  rng.chance(0.5) ? slot(rng, b2c ? 600 : 540, b2c ? 765 : 735) : slot(rng, 840, b2c ? 1170 : 1095);

/** Visits start at 9:30, 11:00, 14:30 or 16:30, give or take a quarter of an hour. */
export const visitMinute = (rng: Rng): number => rng.pick([570, 660, 870, 990]) + rng.int(0, 3) * 5;
