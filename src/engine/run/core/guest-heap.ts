/**
 * A binary min-heap of guests that knows where each guest sits, so a guest whose key
 * changed (its vruntime after a burst) moves in O(log guests) and any guest can leave.
 * The scheduler keeps its guests with work waiting in these (ready-guests.ts) instead of
 * scanning every guest at every dispatch: with a thousand containers the scan was most of
 * the run's time.
 */
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestHeap {
  private readonly items: GuestRuntime[] = [];
  /** By guest index: its slot in `items`, or −1 when absent. */
  private readonly slot: number[] = [];

  /** `before(a, b)`: a comes out first. */
  constructor(private readonly before: (a: GuestRuntime, b: GuestRuntime) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The first guest out, or null when empty. */
  peek(): GuestRuntime | null {
    return this.items[0] ?? null;
  }

  /** Adds `g`, or moves it to where its key now puts it. */
  set(g: GuestRuntime): void {
    const i = this.slot[g.index] ?? -1;
    if (i < 0) {
      this.items.push(g);
      this.up(this.items.length - 1);
    } else if (!this.up(i)) this.down(i);
  }

  delete(g: GuestRuntime): void {
    const i = this.slot[g.index] ?? -1;
    if (i < 0) return;
    this.slot[g.index] = -1;
    const last = this.items.pop() as GuestRuntime;
    if (i === this.items.length) return;
    this.items[i] = last;
    this.slot[last.index] = i;
    if (!this.up(i)) this.down(i);
  }

  /** Moves the guest at `i` towards the root; whether it moved. */
  private up(i: number): boolean {
    const g = this.items[i] as GuestRuntime;
    const from = i;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = this.items[p] as GuestRuntime;
      if (!this.before(g, parent)) break;
      this.place(parent, i);
      i = p;
    }
    this.place(g, i);
    return i !== from;
  }

  private down(i: number): void {
    const n = this.items.length;
    const g = this.items[i] as GuestRuntime;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.before(this.items[r] as GuestRuntime, this.items[l] as GuestRuntime) ? r : l;
      const child = this.items[c] as GuestRuntime;
      if (!this.before(child, g)) break;
      this.place(child, i);
      i = c;
    }
    this.place(g, i);
  }

  private place(g: GuestRuntime, i: number): void {
    this.items[i] = g;
    this.slot[g.index] = i;
  }
}
