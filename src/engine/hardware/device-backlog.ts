/**
 * Which flows of a shared device have requests queued past the instant a request arrives,
 * and their weights' sum — what a fair-queueing device stretches a request by
 * (queued-device.ts). Kept as flows' queues end (a heap of their end times), so a request
 * costs O(log flows), not a look at a thousand guests' queues. Whole-number weights only:
 * their sum is then exact in any order, the same as a scan's.
 */
import { EventQueue } from '../sim/event-queue.ts';

export class DeviceBacklog {
  /** When each tracked flow's queue ends (one entry per change; stale ones are skipped). */
  private readonly ends = new EventQueue();
  /** When each flow's queue ends, whether it has work queued past `seenNs`, and those flows' weights' sum. */
  private readonly endOf: number[] = [];
  private readonly queued: boolean[] = [];
  private weightSum = 0;
  /** The latest arrival seen: queues that ended by then are out of the sum. */
  private seenNs = -Infinity;

  constructor(private readonly weight: readonly number[]) {}

  /** The weights of flows other than `flow` with work queued past `now` (`now` no earlier than any before). */
  othersAt(now: number, flow: number): number {
    this.seenNs = now;
    const q = this.ends;
    while (q.peekTime() <= now) {
      q.pop();
      const f = q.poppedEntity;
      if (this.queued[f] === true && this.endOf[f] === q.poppedTime) {
        this.queued[f] = false;
        this.weightSum -= this.weight[f] as number;
      }
    }
    return this.weightSum - (this.queued[flow] === true ? (this.weight[flow] as number) : 0);
  }

  /** Flow `flow`'s queue now ends at `endNs` (never earlier than before). */
  queuedUntil(flow: number, endNs: number): void {
    this.endOf[flow] = endNs;
    if (!(endNs > this.seenNs)) return;
    if (this.queued[flow] !== true) {
      this.queued[flow] = true;
      this.weightSum += this.weight[flow] as number;
    }
    this.ends.push(endNs, 0, flow);
  }
}
