/**
 * The host's free cores, in the order they were freed, and for each guest the free cores
 * it ran on last (its cache is warm there). Taking the core a guest should run on — a
 * warm one, else one nobody used yet, else the one free longest — is O(1): linked lists,
 * not a scan of a thousand dedicated servers' cores.
 */
export class FreeCores {
  /** All free cores, in freeing order (−1 ends a list). */
  private readonly prev: number[] = [];
  private readonly next: number[] = [];
  private head = -1;
  private tail = -1;
  /** The free cores of each last guest (by guest index + 1; 0: nobody yet), in freeing order. */
  private readonly ownPrev: number[] = [];
  private readonly ownNext: number[] = [];
  private readonly ownHead: number[] = [];
  private readonly ownTail: number[] = [];
  /** The guest that ran last on each core while it is free (−1: nobody yet). */
  private readonly owner: number[] = [];
  length = 0;

  /** Core `c`, last run by guest `lastGuest` (−1: nobody), is free from now on. */
  push(c: number, lastGuest: number): void {
    while (this.prev.length <= c) {
      this.prev.push(-1);
      this.next.push(-1);
      this.ownPrev.push(-1);
      this.ownNext.push(-1);
      this.owner.push(-1);
    }
    const o = lastGuest + 1;
    while (this.ownHead.length <= o) {
      this.ownHead.push(-1);
      this.ownTail.push(-1);
    }
    this.owner[c] = lastGuest;
    this.prev[c] = this.tail;
    this.next[c] = -1;
    if (this.tail >= 0) this.next[this.tail] = c;
    else this.head = c;
    this.tail = c;
    const t = this.ownTail[o] as number;
    this.ownPrev[c] = t;
    this.ownNext[c] = -1;
    if (t >= 0) this.ownNext[t] = c;
    else this.ownHead[o] = c;
    this.ownTail[o] = c;
    this.length++;
  }

  /** Takes a core for guest `gi`: the last freed it ran on, else the last freed nobody used, else the one free longest. */
  take(gi: number): number {
    const warm = this.ownTail[gi + 1] ?? -1;
    const fresh = this.ownTail[0] ?? -1;
    const c = warm >= 0 ? warm : fresh >= 0 ? fresh : this.head;
    this.remove(c);
    return c;
  }

  /** The core freed last (−1: none). */
  last(): number {
    return this.tail;
  }

  /** The core freed just before `c` (−1: none). */
  before(c: number): number {
    return this.prev[c] as number;
  }

  private remove(c: number): void {
    const p = this.prev[c] as number;
    const n = this.next[c] as number;
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
    const o = (this.owner[c] as number) + 1;
    const op = this.ownPrev[c] as number;
    const on = this.ownNext[c] as number;
    if (op >= 0) this.ownNext[op] = on;
    else this.ownHead[o] = on;
    if (on >= 0) this.ownPrev[on] = op;
    else this.ownTail[o] = op;
    this.length--;
  }
}
