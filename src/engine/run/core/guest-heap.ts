/**
 * A set of guests ordered by (vruntime, index): the least-served guest on top, the lowest
 * index first among equals — the guest a scan of every guest in index order would pick.
 * An indexed binary heap, so a guest joins, leaves or has its vruntime changed in
 * O(log n) and the scheduler reads the least in O(1) with a thousand guests in the set.
 * The keys sit in typed arrays in heap order: a sift compares numbers side by side
 * instead of reading a guest object per step.
 */
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestHeap {
  /** In heap order: each member's vruntime when placed, and its guest index. */
  private keys = new Float64Array(16);
  private ids = new Int32Array(16);
  private size = 0;
  /** By guest index: its slot in the heap (−1: not in the set), and the guest. */
  private slot = new Int32Array(0);
  private readonly byIndex: GuestRuntime[] = [];

  /** The guest with the least vruntime (the lowest index among equals), or null. */
  peek(): GuestRuntime | null {
    return this.size > 0 ? (this.byIndex[this.ids[0] as number] as GuestRuntime) : null;
  }

  /** `g` is in the set or not, at its vruntime now (after a change, it moves to its place). */
  place(g: GuestRuntime, member: boolean): void {
    const gi = g.index;
    const i = gi < this.slot.length ? (this.slot[gi] as number) : -1;
    if (!member) {
      if (i >= 0) this.remove(i);
      return;
    }
    const v = g.vruntime;
    if (i >= 0) {
      // Most changes are to a guest's queue, not its vruntime: then it is where it belongs.
      if (this.keys[i] !== v) {
        this.keys[i] = v;
        this.down(this.up(i));
      }
      return;
    }
    this.reserve(gi);
    this.byIndex[gi] = g;
    const at = this.size++;
    this.keys[at] = v;
    this.ids[at] = gi;
    this.up(at);
  }

  /** Room for one more member and for guest index `gi`. */
  private reserve(gi: number): void {
    if (gi >= this.slot.length) {
      const slot = new Int32Array(Math.max(2 * this.slot.length, gi + 1)).fill(-1);
      slot.set(this.slot);
      this.slot = slot;
    }
    if (this.size === this.keys.length) {
      const keys = new Float64Array(2 * this.size);
      keys.set(this.keys);
      this.keys = keys;
      const ids = new Int32Array(2 * this.size);
      ids.set(this.ids);
      this.ids = ids;
    }
  }

  private remove(i: number): void {
    this.slot[this.ids[i] as number] = -1;
    const last = --this.size;
    if (i === last) return;
    this.keys[i] = this.keys[last] as number;
    this.ids[i] = this.ids[last] as number;
    this.down(this.up(i));
  }

  /** Moves the entry at `i` towards the top while it comes before its parent; returns where it stopped. */
  private up(i: number): number {
    const { keys, ids, slot } = this;
    const k = keys[i] as number;
    const id = ids[i] as number;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      const pid = ids[p] as number;
      if (!(k < pk || (k === pk && id < pid))) break;
      keys[i] = pk;
      ids[i] = pid;
      slot[pid] = i;
      i = p;
    }
    keys[i] = k;
    ids[i] = id;
    slot[id] = i;
    return i;
  }

  private down(i: number): void {
    const { keys, ids, slot, size } = this;
    const k = keys[i] as number;
    const id = ids[i] as number;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      let ck = keys[c] as number;
      let cid = ids[c] as number;
      const r = c + 1;
      if (r < size) {
        const rk = keys[r] as number;
        const rid = ids[r] as number;
        if (rk < ck || (rk === ck && rid < cid)) {
          c = r;
          ck = rk;
          cid = rid;
        }
      }
      if (!(ck < k || (ck === k && cid < id))) break;
      keys[i] = ck;
      ids[i] = cid;
      slot[cid] = i;
      i = c;
    }
    keys[i] = k;
    ids[i] = id;
    slot[id] = i;
  }
}
