/**
 * A set of guests ordered by (vruntime, index): the least-served guest on top, the lowest
 * index first among equals — the guest a scan of every guest in index order would pick.
 * An indexed binary heap, so a guest joins, leaves or has its vruntime changed in
 * O(log n) and the scheduler reads the least in O(1) with a thousand guests in the set.
 */
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestHeap {
  private readonly heap: GuestRuntime[] = [];
  /** Each guest's slot in `heap`, by guest index (−1: not in the set), and the vruntime it was placed at. */
  private readonly slot: number[] = [];
  private readonly placedAt: number[] = [];

  /** The guest with the least vruntime (the lowest index among equals), or null. */
  peek(): GuestRuntime | null {
    return this.heap[0] ?? null;
  }

  /** `g` is in the set or not, at its vruntime now (after a change, it moves to its place). */
  place(g: GuestRuntime, member: boolean): void {
    const i = this.slot[g.index] ?? -1;
    if (!member) {
      if (i >= 0) this.remove(i);
      return;
    }
    if (i >= 0) {
      // Most changes are to a guest's queue, not its vruntime: then it is where it belongs.
      if (this.placedAt[g.index] !== g.vruntime) this.down(this.up(i));
      return;
    }
    while (this.slot.length <= g.index) this.slot.push(-1);
    this.heap.push(g);
    this.up(this.heap.length - 1);
  }

  private remove(i: number): void {
    this.slot[(this.heap[i] as GuestRuntime).index] = -1;
    const last = this.heap.pop() as GuestRuntime;
    if (i === this.heap.length) return;
    this.heap[i] = last;
    this.down(this.up(i));
  }

  private up(i: number): number {
    const { heap } = this;
    const g = heap[i] as GuestRuntime;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pg = heap[p] as GuestRuntime;
      if (!before(g, pg)) break;
      this.put(pg, i);
      i = p;
    }
    this.put(g, i);
    return i;
  }

  private down(i: number): void {
    const { heap } = this;
    const n = heap.length;
    const g = heap[i] as GuestRuntime;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && before(heap[r] as GuestRuntime, heap[c] as GuestRuntime)) c = r;
      const cg = heap[c] as GuestRuntime;
      if (!before(cg, g)) break;
      this.put(cg, i);
      i = c;
    }
    this.put(g, i);
  }

  private put(g: GuestRuntime, i: number): void {
    this.heap[i] = g;
    this.slot[g.index] = i;
    this.placedAt[g.index] = g.vruntime;
  }
}

function before(a: GuestRuntime, b: GuestRuntime): boolean {
  return a.vruntime < b.vruntime || (a.vruntime === b.vruntime && a.index < b.index);
}
