import { normalizeKey } from '../core/values.ts';
import type { Prospect } from '../domain/entities.ts';
import type { Derived } from '../store/types.ts';
import { allowedEdits, type NameKey, nameDistance, nameKey, samePlace } from './duplicate-rule.ts';

/** An existing prospect that a new name probably designates. */
export interface NearMatch {
  prospect: Prospect;
  /** Edits between the folded names (0: same words, another spelling, order or legal form). */
  distance: number;
}

interface Entry {
  readonly prospect: Prospect;
  readonly exact: string;
  readonly key: NameKey;
  readonly segments: readonly string[];
}

// The most edits any name may differ by (allowedEdits of a long name): the index finds all of them.
const MAX_EDITS = 2;
const PARTS = MAX_EDITS + 1;

/** Where the `PARTS` segments of a string of `length` letters start, and how long each is. */
function partition(length: number): [start: number, size: number][] {
  const base = Math.floor(length / PARTS);
  const longer = length % PARTS;
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < PARTS; i++) {
    const size = base + (i >= PARTS - longer ? 1 : 0);
    out.push([start, size]);
    start += size;
  }
  return out;
}

const segmentKeys = (compact: string): string[] =>
  allowedEdits(compact.length) === 0
    ? []
    : partition(compact.length).map(([s, n], i) => `${compact.length}|${i}|${compact.slice(s, s + n)}`);

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

function removeFrom(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) return;
  const i = ids.indexOf(id);
  if (i >= 0) ids.splice(i, 1);
  if (ids.length === 0) map.delete(key);
}

const idNumber = (id: string): number => Number(id.slice(2));

/**
 * A team's prospects by folded name, to find a name's prospect or its near matches without
 * comparing it with every prospect: two names within 2 edits share one of the 3 segments of one of
 * them, shifted by 2 letters at most (the pigeonhole principle), so only the prospects sharing a
 * segment are compared.
 */
export class ProspectNameIndex {
  private readonly byId = new Map<string, Entry>();
  private readonly byExact = new Map<string, string[]>();
  private readonly bySorted = new Map<string, string[]>();
  private readonly bySegment = new Map<string, string[]>();

  get size(): number {
    return this.byId.size;
  }

  add(prospect: Prospect): void {
    this.remove(prospect.id);
    const key = nameKey(prospect.name);
    const entry: Entry = {
      prospect,
      exact: key.folded,
      key,
      segments: segmentKeys(key.compact),
    };
    this.byId.set(prospect.id, entry);
    addTo(this.byExact, entry.exact, prospect.id);
    addTo(this.bySorted, key.sorted, prospect.id);
    for (const s of entry.segments) addTo(this.bySegment, s, prospect.id);
  }

  remove(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.byId.delete(id);
    removeFrom(this.byExact, entry.exact, id);
    removeFrom(this.bySorted, entry.key.sorted, id);
    for (const s of entry.segments) removeFrom(this.bySegment, s, id);
  }

  /** The prospect named exactly `name` (accent- and case-insensitive), the oldest if several. */
  exact(name: string): Prospect | undefined {
    const ids = this.byExact.get(normalizeKey(name));
    if (!ids?.length) return undefined;
    const first = ids.reduce((a, b) => (idNumber(b) < idNumber(a) ? b : a));
    return this.byId.get(first)?.prospect;
  }

  /**
   * The prospects `name` probably designates (see duplicate-rule.ts), closest first, then oldest;
   * a prospect named exactly `name` is not one of them (it is the prospect itself).
   */
  near(name: string, postalCode?: string): NearMatch[] {
    const key = nameKey(name);
    const exact = key.folded;
    const ids = new Set(this.bySorted.get(key.sorted));
    const q = key.compact;
    for (let length = q.length - MAX_EDITS; length <= q.length + MAX_EDITS; length++) {
      if (allowedEdits(length) === 0) continue;
      partition(length).forEach(([start, size], i) => {
        for (let shift = -MAX_EDITS; shift <= MAX_EDITS; shift++) {
          const at = start + shift;
          if (at < 0 || at + size > q.length) continue;
          for (const id of this.bySegment.get(`${length}|${i}|${q.slice(at, at + size)}`) ?? []) ids.add(id);
        }
      });
    }
    const out: NearMatch[] = [];
    for (const id of ids) {
      const entry = this.byId.get(id);
      if (!entry || entry.exact === exact || !samePlace(postalCode, entry.prospect.postalCode)) continue;
      const d = nameDistance(key, entry.key);
      if (d !== null) out.push({ prospect: entry.prospect, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance || idNumber(a.prospect.id) - idNumber(b.prospect.id));
  }
}

/** The index of a team's prospects, kept with the store's cached prospects and updated on commit. */
export const prospectNames: Derived<Prospect, ProspectNameIndex> = {
  build(items) {
    const index = new ProspectNameIndex();
    for (const p of items) index.add(p);
    return index;
  },
  apply(index, upserts, removes) {
    for (const id of removes) index.remove(id);
    for (const p of upserts) index.add(p);
  },
};
