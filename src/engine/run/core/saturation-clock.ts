/**
 * How long every core has been busy, integrated over virtual time. A guest's steal time is
 * its vCPUs that are ready with no core, times how far this clock advanced while they
 * were (guest-runtime.ts): the scheduler notes a guest only when its own run queue
 * changes, not every waiting guest at every dispatch, so a thousand queued guests cost
 * nothing per dispatch.
 */
export class SaturationClock {
  private ns = 0;
  private since = 0;
  private busy = false;

  /** Busy time up to `now`, ns. */
  at(now: number): number {
    return this.busy ? this.ns + (now - this.since) : this.ns;
  }

  /** From `now` on, every core is busy (or not). */
  set(now: number, busy: boolean): void {
    if (busy === this.busy) return;
    this.ns = this.at(now);
    this.since = now;
    this.busy = busy;
  }
}
