/**
 * The cores that are not running anything, in the order they were freed, and which core a
 * guest takes: one it ran on last (its cache is still warm there; the most recently freed
 * of those), else one nobody has used yet (the last added), else the one free longest.
 * Each is found in O(1) amortised, not by a scan of the free cores: native's dedicated
 * servers bring the host's cores once per guest, 64,000 cores for a thousand guests.
 */
export class FreeCores {
  /** The free cores as a list, oldest first: each core's neighbours (−1: none). */
  private readonly prev: number[] = [];
  private readonly next: number[] = [];
  private head = -1;
  private tail = -1;
  private readonly isFree: boolean[] = [];
  count = 0;
  /** Per core, how many times it has been freed: tells a guest's current warm entry from one left over from before. */
  private readonly freed: number[] = [];
  /** Per guest, the cores it was last on as they were freed, as pairs (core, times freed then); stale pairs are skipped. */
  private readonly warm: number[][] = [];
  /** Cores no guest has run on yet, in the order they were added. */
  private readonly unused: number[] = [];

  /** `lastGuest[c]`: the guest core `c` ran last (−1: none yet); the scheduler keeps it. */
  constructor(private readonly lastGuest: readonly number[]) {}

  /** A core nobody has used joins, free. */
  addUnused(c: number): void {
    this.freed[c] = 0;
    this.unused.push(c);
    this.append(c);
  }

  /** Core `c` is free from now; the guest it ran last may want it back. */
  release(c: number): void {
    this.append(c);
    const times = (this.freed[c] as number) + 1;
    this.freed[c] = times;
    const gi = this.lastGuest[c] as number;
    if (gi >= 0) (this.warm[gi] ??= []).push(c, times);
  }

  /** Takes the core guest `gi` should run on: call only while a core is free. */
  take(gi: number): number {
    const warm = this.warmCore(gi);
    // Its pair goes with it: a guest that keeps taking back its one core must not pile them up.
    if (warm >= 0) (this.warm[gi] as number[]).length -= 2;
    const c = warm >= 0 ? warm : this.unused.length > 0 ? (this.unused.pop() as number) : this.head;
    this.unlink(c);
    return c;
  }

  /** The most recently freed core (−1: none), and the one freed before `c`: to walk the free cores newest first. */
  newest(): number {
    return this.tail;
  }

  older(c: number): number {
    return this.prev[c] as number;
  }

  /** The most recently freed core that `gi` ran on last and is still free (its pair on top), or −1. */
  private warmCore(gi: number): number {
    const pairs = this.warm[gi];
    if (pairs === undefined) return -1;
    while (pairs.length > 0) {
      const times = pairs[pairs.length - 1] as number;
      const c = pairs[pairs.length - 2] as number;
      if (this.isFree[c] === true && this.freed[c] === times) return c;
      pairs.length -= 2;
    }
    return -1;
  }

  private append(c: number): void {
    this.prev[c] = this.tail;
    this.next[c] = -1;
    if (this.tail >= 0) this.next[this.tail] = c;
    else this.head = c;
    this.tail = c;
    this.isFree[c] = true;
    this.count++;
  }

  private unlink(c: number): void {
    const p = this.prev[c] as number;
    const n = this.next[c] as number;
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
    this.isFree[c] = false;
    this.count--;
  }
}
