/**
 * A set of guests ordered by (vruntime, index): the least-served guest on top, the lowest
 * index first among equals — the guest a scan of every guest in index order would pick.
 * An indexed binary heap whose keys sit in typed arrays in heap order, so a sift compares
 * numbers side by side instead of reading a guest object per step.
 *
 * Membership is a predicate on the guest, and both it and the keys are brought up to date
 * lazily: a guest's vruntime only grows, so the key it was placed with is a lower bound, and
 * a top whose guest has left the set or run since is put right (or dropped) when the top is
 * read. A change costs O(1) unless the guest joins; a guest that runs many bursts between
 * two reads is moved at most once.
 */
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestHeap {
  /** In heap order: each entry's vruntime when placed or last put right (a lower bound), and its guest index. */
  private keys = new Float64Array(16);
  private ids = new Int32Array(16);
  private size = 0;
  /** By guest index: its slot in the heap (−1: none), and the guest. */
  private slot = new Int32Array(0);
  private readonly byIndex: GuestRuntime[] = [];

  /** `member` says whether a guest belongs to the set now. */
  constructor(private readonly member: (g: GuestRuntime) => boolean) {}

  /** The member with the least vruntime (the lowest index among equals), or null. */
  peek(): GuestRuntime | null {
    while (this.size > 0) {
      const g = this.byIndex[this.ids[0] as number] as GuestRuntime;
      if (!this.member(g)) this.remove(0);
      else if (this.keys[0] !== g.vruntime) {
        this.keys[0] = g.vruntime;
        this.down(0);
      } else return g;
    }
    return null;
  }

  /** `g` may have joined, left or run: a guest that joins takes its place now, the rest when they reach the top. */
  note(g: GuestRuntime): void {
    const gi = g.index;
    if ((gi < this.slot.length && (this.slot[gi] as number) >= 0) || !this.member(g)) return;
    this.reserve(gi);
    this.byIndex[gi] = g;
    const at = this.size++;
    this.keys[at] = g.vruntime;
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
