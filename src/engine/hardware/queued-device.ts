/**
 * A shared device served first come, first served (a disk arm, a NIC's wire). Requests
 * from every guest queue here, so contention between guests emerges from the queue.
 * O(1) per request: the device only needs to know when it is next free.
 */
export class QueuedDevice {
  private freeAt = 0;
  /** Total service time delivered, ns (utilisation = busyNs / elapsed). */
  busyNs = 0;

  /** Queues a request of `serviceNs` arriving at `now`; returns when it completes. */
  submit(now: number, serviceNs: number): number {
    const start = now > this.freeAt ? now : this.freeAt;
    this.freeAt = start + serviceNs;
    this.busyNs += serviceNs;
    return this.freeAt;
  }
}
