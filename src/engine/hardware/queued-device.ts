/** The flow of the host's own work on a device (not any guest's). */
export const HOST_FLOW = -1;

/**
 * A device shared by the guests (a disk, a NIC's wire), served fairly between them as a
 * fair-queueing packet scheduler or Linux's CFQ disk scheduler would: each guest's
 * requests are served in order, and while several guests have work queued they split the
 * device evenly. O(guests) per request, with no re-timing of requests already queued: a
 * request's service is stretched by the number of guests backlogged when it arrives, an
 * approximation of processor sharing. A flow's weight (CFQ's blkio.weight) sets its
 * share: while backlogged, each flow gets its weight over the backlogged flows' total.
 * Besides the guests' flows (0, 1, …) there is one of the host's own (HOST_FLOW: a
 * migration's copy), with weight 1.
 */
export class QueuedDevice {
  /** `dedicated`: every flow has a device of its own (native's servers), so flows never stretch each other. */
  constructor(private readonly dedicated = false) {}

  /** When each flow's queued requests will be done: [0] the host's, then the guests'. */
  private readonly freeAt: number[] = [0];
  private readonly weight: number[] = [1];
  /** Total service time delivered, ns (utilisation = busyNs / elapsed). */
  busyNs = 0;
  /** Until when the device serves nothing (its driver is restarting): requests wait. */
  private unavailableUntil = 0;

  /** A new guest shares the device from now on, with this weight (relative to the others'). */
  addFlow(weight = 1): void {
    this.freeAt.push(0);
    this.weight.push(weight);
  }

  /** Queues a request of `serviceNs` from guest `guestFlow` (or HOST_FLOW) arriving at `now`; returns when it completes. */
  submit(now: number, guestFlow: number, serviceNs: number): number {
    const flow = guestFlow + 1;
    const mine = this.weight[flow] as number;
    let backlogged = mine;
    if (!this.dedicated) for (let f = 0; f < this.freeAt.length; f++) if (f !== flow && (this.freeAt[f] as number) > now) backlogged += this.weight[f] as number;
    const own = this.freeAt[flow] as number;
    const start = Math.max(own, now, this.unavailableUntil);
    const done = start + (serviceNs * backlogged) / mine;
    this.freeAt[flow] = done;
    this.busyNs += serviceNs;
    return done;
  }

  /** The device serves nothing until `t` (a driver domain restarting): requests queue until then. */
  unavailableTill(t: number): void {
    this.unavailableUntil = Math.max(this.unavailableUntil, t);
  }
}
