/**
 * A set of guests met in index order (the order a scan of every guest meets them, so ties
 * go the same way): one bit per guest, so a guest joins or leaves in O(1) and a walk skips
 * thirty-two absent guests at a time.
 */
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestSet {
  private words = new Uint32Array(2);
  private readonly byIndex: GuestRuntime[] = [];
  /** Members now. */
  size = 0;

  /** `g` is a member or not (either may already be so). */
  set(g: GuestRuntime, member: boolean): void {
    const word = g.index >>> 5;
    if (word >= this.words.length) {
      if (!member) return;
      const words = new Uint32Array(Math.max(2 * this.words.length, word + 1));
      words.set(this.words);
      this.words = words;
    }
    const bit = 1 << (g.index & 31);
    const was = this.words[word] as number;
    if (((was & bit) !== 0) === member) return;
    this.words[word] = was ^ bit;
    this.size += member ? 1 : -1;
    this.byIndex[g.index] = g;
  }

  /** Writes the members into `out` in index order (it is reused, never shortened); returns how many. */
  fill(out: GuestRuntime[]): number {
    const { words } = this;
    let n = 0;
    for (let word = 0; word < words.length; word++) {
      for (let bits = words[word] as number; bits !== 0; bits &= bits - 1) {
        out[n++] = this.byIndex[(word << 5) + 31 - Math.clz32(bits & -bits)] as GuestRuntime;
      }
    }
    return n;
  }
}
