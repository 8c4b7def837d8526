/**
 * A device shared by the guests (a disk, a NIC's wire), served fairly between them as a
 * fair-queueing packet scheduler or Linux's CFQ disk scheduler would: each guest's
 * requests are served in order, and while several guests have work queued they split the
 * device evenly. O(guests) per request, with no re-timing of requests already queued: a
 * request's service is stretched by the number of guests backlogged when it arrives, an
 * approximation of processor sharing.
 */
export class QueuedDevice {
  /** When each guest's queued requests will be done. */
  private readonly freeAt: number[] = [];
  /** Total service time delivered, ns (utilisation = busyNs / elapsed). */
  busyNs = 0;

  /** A new guest shares the device from now on. */
  addFlow(): void {
    this.freeAt.push(0);
  }

  /** Queues a request of `serviceNs` from guest `flow` arriving at `now`; returns when it completes. */
  submit(now: number, flow: number, serviceNs: number): number {
    let sharers = 1;
    for (let f = 0; f < this.freeAt.length; f++) if (f !== flow && (this.freeAt[f] as number) > now) sharers++;
    const own = this.freeAt[flow] as number;
    const done = (own > now ? own : now) + serviceNs * sharers;
    this.freeAt[flow] = done;
    this.busyNs += serviceNs;
    return done;
  }
}
