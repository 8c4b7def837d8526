/**
 * The simulation's workers (a workload's processes or threads) in typed arrays: which
 * task each serves, its current batch's size and when the batch started, and where the
 * batch's time has gone so far. Ids are reused through a free list, so a long interactive
 * session does not grow without bound.
 */
export class WorkerTable {
  task: Int32Array = new Int32Array(64);
  scale: Float64Array = new Float64Array(64);
  start: Float64Array = new Float64Array(64);
  /** CPU time the current job still needs, and the length of the slice now on a core, ns. */
  remaining: Float64Array = new Float64Array(64);
  slice: Float64Array = new Float64Array(64);
  /**
   * A VM's worker: CPU it has had since its guest's kernel last switched it in (it is switched
   * out after a quantum, or when it waits), ns. The hypervisor taking its vCPU away between
   * does not count as a switch to the guest's kernel.
   */
  ranNs: Float64Array = new Float64Array(64);
  /** The core the worker's burst runs on, and what the core did first for it (a switch between guests, owed ticks), ns. */
  core: Int32Array = new Int32Array(64);
  overhead: Float64Array = new Float64Array(64);
  /** Since when it is in its guest's run queue, and its guest's queueing integrals then (run-queue-time.ts). */
  readySince: Float64Array = new Float64Array(64);
  ownQueueAt: Float64Array = new Float64Array(64);
  coreQueueAt: Float64Array = new Float64Array(64);
  /** The batch's time in the run queue so far, and the part of it while its guest's vCPUs were all busy, ns. */
  readyNs: Float64Array = new Float64Array(64);
  ownQueueNs: Float64Array = new Float64Array(64);
  /** When the batch's burst ended and it went to the back-end (dom0), if it has one, ns. */
  backendFrom: Float64Array = new Float64Array(64);
  /** When the batch left the CPU for the devices, and what it waits there for the disk and the NIC, ns. */
  ioFrom: Float64Array = new Float64Array(64);
  diskWaitNs: Float64Array = new Float64Array(64);
  /** Of the disk wait, what the host's swap-ins of the guest's pages took, ns. */
  swapWaitNs: Float64Array = new Float64Array(64);
  nicWaitNs: Float64Array = new Float64Array(64);
  /** The batch's wait for the disk that its guest's kernel counts as I/O wait (the vCPU it left had nothing else to run), ns. */
  ioWaitNs: Float64Array = new Float64Array(64);
  /** When the batch's disk requests are done (its process sleeps in D until then), ns. */
  diskUntil: Float64Array = new Float64Array(64);
  private size = 0;
  private readonly free: number[] = [];

  alloc(taskId: number): number {
    let w = this.free.pop();
    if (w === undefined) {
      if (this.size === this.task.length) this.grow();
      w = this.size++;
    }
    this.task[w] = taskId;
    // A reused id starts with no batch: nothing to run, no disk request.
    this.remaining[w] = 0;
    this.ranNs[w] = 0;
    this.diskUntil[w] = 0;
    return w;
  }

  release(w: number): void {
    this.task[w] = -1;
    this.free.push(w);
  }

  /** The workers serving task `taskId` now, by id. */
  of(taskId: number): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.size; w++) if (this.task[w] === taskId) out.push(w);
    return out;
  }

  /** Calls `each` with the task of every worker whose process is in D at `now` (see `state`). */
  forEachOnDisk(now: number, each: (taskId: number) => void): void {
    for (let w = 0; w < this.size; w++) {
      const t = this.task[w] as number;
      if (t >= 0 && this.state(w, now) === 'D') each(t);
    }
  }

  /** How many workers of the tasks `counts` (by task id) are in R and in D at `now` (see `state`). */
  countStates(now: number, counts: (taskId: number) => boolean): { runnable: number; blocked: number } {
    let runnable = 0;
    let blocked = 0;
    for (let w = 0; w < this.size; w++) {
      const t = this.task[w] as number;
      if (t < 0 || !counts(t)) continue;
      const s = this.state(w, now);
      if (s === 'R') runnable++;
      else if (s === 'D') blocked++;
    }
    return { runnable, blocked };
  }

  /**
   * What worker `w`'s process is doing at `now`, as ps shows it: R with CPU work left in its
   * batch (on a vCPU or waiting for one), D while its disk requests are under way, else S
   * (waiting for the NIC, a peer, dom0, or its next request).
   */
  state(w: number, now: number): 'R' | 'D' | 'S' {
    if ((this.remaining[w] as number) > 0) return 'R';
    return now < (this.diskUntil[w] as number) ? 'D' : 'S';
  }

  private grow(): void {
    const n = this.task.length * 2;
    const wider = (a: Float64Array): Float64Array => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const widerInt = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.task = widerInt(this.task);
    this.core = widerInt(this.core);
    this.overhead = wider(this.overhead);
    this.scale = wider(this.scale);
    this.start = wider(this.start);
    this.remaining = wider(this.remaining);
    this.slice = wider(this.slice);
    this.ranNs = wider(this.ranNs);
    this.readySince = wider(this.readySince);
    this.ownQueueAt = wider(this.ownQueueAt);
    this.coreQueueAt = wider(this.coreQueueAt);
    this.readyNs = wider(this.readyNs);
    this.ownQueueNs = wider(this.ownQueueNs);
    this.backendFrom = wider(this.backendFrom);
    this.ioFrom = wider(this.ioFrom);
    this.diskWaitNs = wider(this.diskWaitNs);
    this.swapWaitNs = wider(this.swapWaitNs);
    this.nicWaitNs = wider(this.nicWaitNs);
    this.ioWaitNs = wider(this.ioWaitNs);
    this.diskUntil = wider(this.diskUntil);
  }
}
