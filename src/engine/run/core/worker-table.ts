/**
 * The simulation's workers (a workload's processes or threads) in typed arrays: which
 * task each serves, its current batch's size and when the batch started. Ids are reused
 * through a free list, so a long interactive session does not grow without bound.
 */
export class WorkerTable {
  task = new Int32Array(64);
  scale = new Float64Array(64);
  start = new Float64Array(64);
  /** CPU time the current job still needs, and the length of the slice now on a core, ns. */
  remaining = new Float64Array(64);
  slice = new Float64Array(64);
  /** The core the worker's burst runs on, and what the core did first for it (a switch between guests, owed ticks), ns. */
  core = new Int32Array(64);
  overhead = new Float64Array(64);
  private size = 0;
  private readonly free: number[] = [];

  alloc(taskId: number): number {
    let w = this.free.pop();
    if (w === undefined) {
      if (this.size === this.task.length) this.grow();
      w = this.size++;
    }
    this.task[w] = taskId;
    return w;
  }

  release(w: number): void {
    this.task[w] = -1;
    this.free.push(w);
  }

  private grow(): void {
    const n = this.task.length * 2;
    const task = new Int32Array(n);
    const scale = new Float64Array(n);
    const start = new Float64Array(n);
    const remaining = new Float64Array(n);
    const slice = new Float64Array(n);
    const core = new Int32Array(n);
    const overhead = new Float64Array(n);
    core.set(this.core);
    overhead.set(this.overhead);
    task.set(this.task);
    scale.set(this.scale);
    start.set(this.start);
    remaining.set(this.remaining);
    slice.set(this.slice);
    this.task = task;
    this.scale = scale;
    this.start = start;
    this.remaining = remaining;
    this.slice = slice;
    this.core = core;
    this.overhead = overhead;
  }
}
