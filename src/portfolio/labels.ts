import { ownCopy } from '../import/csv-split.ts';

/** Labels numbered from 1 in order of appearance (0: none). */
export class Labels {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  // The lines of one order follow each other: the last label spares most lookups.
  private last = '';
  private lastId = 0;
  private sealed = false;

  /** No more labels: the index goes, the list stays. */
  seal(): void {
    this.index.clear();
    this.sealed = true;
  }

  id(label: string | undefined): number {
    if (label === undefined) return 0;
    if (label === this.last) return this.lastId;
    if (this.sealed) throw new Error('labels: sealed');
    let i = this.index.get(label);
    if (i === undefined) {
      const own = ownCopy(label);
      this.list.push(own);
      i = this.list.length;
      this.index.set(own, i);
    }
    this.last = this.list[i - 1] as string;
    this.lastId = i;
    return i;
  }

  /** Numbers a label the caller knows is new to this list (see plain-sales.ts): no lookup. */
  append(label: string): number {
    if (this.sealed) throw new Error('labels: sealed');
    return this.list.push(label);
  }
}
