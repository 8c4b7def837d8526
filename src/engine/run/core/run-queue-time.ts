/**
 * A guest's run queue over time: how many of its workers waited, integrated over virtual
 * time, split into those waiting while all its vCPUs were busy with its own work (they
 * wait behind their own guest) and those waiting with a vCPU free (they wait for a core:
 * steal, or a spent CPU cap). A worker's wait is split between the two as the integrals
 * grew while it waited (transaction-account.ts).
 */
export class RunQueueTime {
  /** Worker-ns waited behind the guest's own vCPUs, and for a core. */
  ownNs = 0;
  coreNs = 0;
  private own = 0;
  private core = 0;
  private since = 0;

  /** Brings the integrals to `now` with the queue as it has been since the last change. */
  advance(now: number): void {
    const dt = now - this.since;
    if (dt > 0) {
      this.ownNs += this.own * dt;
      this.coreNs += this.core * dt;
    }
    this.since = now;
  }

  /** From now on `ready` workers wait and `freeVcpus` of the guest's vCPUs are not running. */
  set(ready: number, freeVcpus: number): void {
    this.core = Math.min(ready, Math.max(0, freeVcpus));
    this.own = ready - this.core;
  }
}
