/**
 * The host's disk and NIC as a batch meets them after its CPU burst: its disk requests
 * (and the writeback it leaves behind) and its packets go to the shared devices, and the
 * batch waits for whichever finishes last, then for its remote peer's round trips.
 */
import { QueuedDevice } from '../../hardware/queued-device.ts';
import type { CoreHooks } from './core-interface.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import type { Job } from './job.ts';
import type { Task } from './task.ts';
import type { WorkerTable } from './worker-table.ts';

export class DeviceStage {
  readonly disk: QueuedDevice;
  readonly nic: QueuedDevice;

  /** `dedicated`: each guest on a server of its own (native), with its own disk and NIC. */
  constructor(
    dedicated: boolean,
    private readonly workers: WorkerTable,
    private readonly hooks: CoreHooks,
  ) {
    this.disk = new QueuedDevice(dedicated);
    this.nic = new QueuedDevice(dedicated);
  }

  /**
   * Worker `w`'s batch of `job` (task `t` of `g`) goes to the devices at `now`; returns when
   * it is done with them and its peer. Notes in the worker table what it waits for.
   */
  submit(w: number, g: GuestRuntime, t: Task, job: Job, now: number): number {
    const gi = g.index;
    const scale = this.workers.scale[w] as number;
    // A writer past its kernel's dirty limit waits for writeback, as it would for its own requests (in D, counted as I/O wait).
    let throttledUntil = now;
    if (job.writebackNs > 0) {
      const written = this.disk.submit(now, gi, job.writebackNs * scale);
      g.disk.issued(now, written, job.writebackNs / job.writebackRequests);
      if (g.dirty) throttledUntil = g.dirty.dirtied(now, written, job.writebackBytes * scale);
    }
    const swapNs = this.hooks.extraDiskNs ? this.hooks.extraDiskNs(g, t, job, scale) : 0;
    const diskNs = job.diskNs * scale + swapNs;
    const requestsDone = diskNs > 0 ? this.disk.submit(now, gi, diskNs) : now;
    g.disk.issued(now, requestsDone);
    const diskDone = Math.max(requestsDone, throttledUntil);
    const netDone = job.netNs > 0 ? this.nic.submit(now, gi, job.netNs * scale) : now;
    const devicesDone = Math.max(diskDone, netDone);
    // The batch waits for whichever device finishes last; a disk wait is the swap-ins' in the share they
    // took of the batch's disk time (the queue before them is waited for by both alike).
    const diskWait = diskDone >= netDone ? devicesDone - now : 0;
    const swapWait = swapNs > 0 ? (diskWait * swapNs) / diskNs : 0;
    this.workers.ioFrom[w] = now;
    this.workers.diskUntil[w] = diskDone;
    this.workers.diskWaitNs[w] = diskWait - swapWait;
    this.workers.swapWaitNs[w] = swapWait;
    this.workers.nicWaitNs[w] = diskDone >= netDone ? 0 : devicesDone - now;
    // Linux counts an idle CPU's time as I/O wait while a task that slept on it waits for a block device: the vCPU
    // this worker left is idle unless another of its guest's workers is ready for it.
    this.workers.ioWaitNs[w] = g.ready.length === 0 ? diskDone - now : 0;
    return devicesDone + job.wireNs * scale;
  }
}
