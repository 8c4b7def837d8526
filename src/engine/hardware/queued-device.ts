import { DeviceBacklog } from './device-backlog.ts';

/** The flow of the host's own work on a device (not any guest's). */
export const HOST_FLOW = -1;

/** Up to this many flows a request looks at every queue; past it the backlog is tracked (device-backlog.ts). */
const SCANNED_FLOWS = 16;

/**
 * A device shared by the guests (a disk, a NIC's wire), served fairly between them as a
 * fair-queueing packet scheduler or Linux's CFQ disk scheduler would: each guest's
 * requests are served in order, and while several guests have work queued they split the
 * device evenly. O(log guests) per request, with no re-timing of requests already queued: a
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
  /** Total service time delivered, ns (utilisation = busyNs / elapsed); and each flow's part, [0] the host's. */
  busyNs = 0;
  private readonly busyOfFlow: number[] = [0];
  /** Until when the device serves nothing (its driver is restarting): requests wait. */
  private unavailableUntil = 0;
  /** The backlogged flows, tracked once there are many and every weight is whole (null: a request looks at every queue). */
  private backlog: DeviceBacklog | null = null;

  /** A new guest shares the device from now on, with this weight (relative to the others'). */
  addFlow(weight = 1): void {
    this.freeAt.push(0);
    this.busyOfFlow.push(0);
    this.weight.push(weight);
    // A fractional weight's sum depends on the order it is added in: only a scan adds in the one order.
    if (!Number.isInteger(weight)) this.backlog = null;
  }

  /** Queues a request of `serviceNs` from guest `guestFlow` (or HOST_FLOW) arriving at `now`; returns when it completes. */
  submit(now: number, guestFlow: number, serviceNs: number): number {
    const flow = guestFlow + 1;
    const mine = this.weight[flow] as number;
    const backlogged = this.dedicated ? mine : this.backloggedWith(now, flow, mine);
    const own = this.freeAt[flow] as number;
    const start = Math.max(own, now, this.unavailableUntil);
    const done = start + (serviceNs * backlogged) / mine;
    this.freeAt[flow] = done;
    this.backlog?.queuedUntil(flow, done);
    this.busyNs += serviceNs;
    this.busyOfFlow[flow] = (this.busyOfFlow[flow] as number) + serviceNs;
    return done;
  }

  /** The weights of `flow` (`mine`) and of the other flows with requests queued past `now`. */
  private backloggedWith(now: number, flow: number, mine: number): number {
    if (!this.backlog && this.freeAt.length > SCANNED_FLOWS && this.weight.every(Number.isInteger)) {
      this.backlog = new DeviceBacklog(this.weight);
      for (let f = 0; f < this.freeAt.length; f++) this.backlog.queuedUntil(f, this.freeAt[f] as number);
    }
    if (this.backlog) return mine + this.backlog.othersAt(now, flow);
    let backlogged = mine;
    for (let f = 0; f < this.freeAt.length; f++) if (f !== flow && (this.freeAt[f] as number) > now) backlogged += this.weight[f] as number;
    return backlogged;
  }

  /** Service time delivered to guest `guestFlow`'s requests, ns. */
  busyNsOf(guestFlow: number): number {
    return this.busyOfFlow[guestFlow + 1] ?? 0;
  }

  /** The device serves nothing until `t` (a driver domain restarting): requests queue until then. */
  unavailableTill(t: number): void {
    this.unavailableUntil = Math.max(this.unavailableUntil, t);
  }
}
