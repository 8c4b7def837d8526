/**
 * The simulation's event queue: a binary min-heap ordered by (time, sequence).
 *
 * Like SimPy's core, ties in time are broken by insertion order, so a run is exactly
 * repeatable. Storage is struct-of-arrays in typed arrays (no object per event): the
 * hot loop allocates nothing and the garbage collector stays out of the way.
 */
export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private entity: Int32Array;
  private count = 0;
  private nextSeq = 0;

  /** Fields of the event most recently returned by `pop()`. */
  poppedTime = 0;
  poppedKind = 0;
  poppedEntity = 0;

  constructor(initialCapacity = 256) {
    this.time = new Float64Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.kind = new Int32Array(initialCapacity);
    this.entity = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.count > 0 ? (this.time[0] as number) : Infinity;
  }

  push(time: number, kind: number, entity: number): void {
    if (this.count === this.time.length) this.grow();
    const s = this.nextSeq++;
    let i = this.count++;
    // Sift up: move parents down until the slot for the new event is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = this.time[p] as number;
      if (pt < time || (pt === time && (this.seq[p] as number) < s)) break;
      this.move(p, i);
      i = p;
    }
    this.time[i] = time;
    this.seq[i] = s;
    this.kind[i] = kind;
    this.entity[i] = entity;
  }

  /** Removes the earliest event into `popped*`; returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.poppedTime = this.time[0] as number;
    this.poppedKind = this.kind[0] as number;
    this.poppedEntity = this.entity[0] as number;
    const last = --this.count;
    if (last === 0) return true;
    const t = this.time[last] as number;
    const s = this.seq[last] as number;
    const k = this.kind[last] as number;
    const e = this.entity[last] as number;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && this.before(r, c)) c = r;
      const ct = this.time[c] as number;
      if (t < ct || (t === ct && s < (this.seq[c] as number))) break;
      this.move(c, i);
      i = c;
    }
    this.time[i] = t;
    this.seq[i] = s;
    this.kind[i] = k;
    this.entity[i] = e;
    return true;
  }

  private before(a: number, b: number): boolean {
    const ta = this.time[a] as number;
    const tb = this.time[b] as number;
    return ta < tb || (ta === tb && (this.seq[a] as number) < (this.seq[b] as number));
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from] as number;
    this.seq[to] = this.seq[from] as number;
    this.kind[to] = this.kind[from] as number;
    this.entity[to] = this.entity[from] as number;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const time = new Float64Array(n);
    const seq = new Float64Array(n);
    const kind = new Int32Array(n);
    const entity = new Int32Array(n);
    time.set(this.time);
    seq.set(this.seq);
    kind.set(this.kind);
    entity.set(this.entity);
    this.time = time;
    this.seq = seq;
    this.kind = kind;
    this.entity = entity;
  }
}
