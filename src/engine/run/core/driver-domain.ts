/**
 * Xen's dom0 as a scheduled domain with vCPUs of its own (Barham et al. 2003; Cherkasova &
 * Gardner, USENIX ATC 2005, measured dom0's CPU separately from the guests' for this
 * reason). A guest's burst puts its requests on the shared rings; dom0's back-ends, bridge
 * and native drivers then do their part (the charges a path made with `chargeBackend`) on
 * one of dom0's vCPUs, when a core is free for it, and only then do the requests reach the
 * devices. Requests wait for dom0 in the order they came, behind every guest's.
 *
 * dom0 takes a free core ahead of every guest: it blocks on its event channels between
 * requests, and the credit scheduler boosts a vCPU that wakes from blocking (BOOST
 * priority), which an I/O domain that uses little of its credit keeps. Simplification:
 * it does not preempt a burst already on a core — it takes the next core that frees
 * (within one quantum), where Xen would preempt at once. Its runs cost no switch between
 * guests: the domain switches to dom0 and back are priced on the I/O path itself.
 */
import type { CpuScheduler } from './cpu-scheduler.ts';

export class DriverDomain {
  /** Workers whose requests wait for dom0, oldest first. */
  private readonly waiting: number[] = [];
  /** dom0's vCPUs on a core now. */
  private running = 0;

  constructor(
    readonly vcpus: number,
    private readonly scheduler: CpuScheduler,
    /** Worker `w`'s back-end work takes a vCPU of dom0 and a core now: return when it is done, ns. */
    private readonly run: (w: number) => void,
  ) {}

  /** Worker `w`'s burst has ended: its back-end work waits for dom0. */
  submit(w: number): void {
    this.waiting.push(w);
  }

  /** Puts waiting work on dom0's free vCPUs while cores are free: call before the guests are dispatched. */
  dispatch(): void {
    while (this.waiting.length > 0 && this.running < this.vcpus && this.scheduler.idleCores > 0) {
      this.scheduler.takeCore();
      this.running++;
      this.run(this.waiting.shift() as number);
    }
  }

  /** One of dom0's runs is over: its vCPU blocks again and its core is free. */
  ran(): void {
    this.scheduler.giveCore();
    this.running--;
  }
}
