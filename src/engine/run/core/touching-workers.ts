/**
 * Processes of a guest that allocate memory and touch every page of it (stress-ng's --vm
 * workers, the memory-hog fault): each grows as fast as its page faults go on this
 * platform's path — a first touch is a page fault and a page of zeroing — and hands its
 * growth to the memory model (SimulationCore.allocate), whose limits, reclaim and OOM
 * killers respond. An OOM kill of the guest's allocations takes the biggest worker (the
 * OOM killer's choice); the others keep what they hold. A worker that was killed either
 * stays dead or starts again from nothing (stress-ng restarts an OOM-killed vm worker).
 */
import type { GuestRuntime } from './guest-runtime.ts';
import type { SimulationCore } from './simulation-core.ts';
import { MIB, NS_PER_MS, PAGE_BYTES } from '../../sim/units.ts';

/** How often the workers' growth is handed to the memory model: fine enough to see it climb. */
const STEP_NS = 100 * NS_PER_MS;

/** MiB one process touches per virtual second: a page fault and a page's worth of memory writes per 4 KiB page. */
export function touchMiBPerSecond(g: GuestRuntime): number {
  const paths = g.plan?.paths;
  if (!paths) return 0;
  const perPageNs = paths.pageFault.total() + paths.memByte.total() * PAGE_BYTES;
  return perPageNs > 0 ? ((1e9 / perPageNs) * PAGE_BYTES) / MIB : 0;
}

export interface TouchOptions {
  /** What each worker allocates in all, MiB (Infinity: it never stops growing). */
  readonly targetsMiB: readonly number[];
  /** A killed worker starts again from nothing; otherwise it stays dead. */
  readonly restart: boolean;
  /** Looked at before every step: true ends the workers (their memory is freed). */
  readonly until: () => boolean;
}

/** An OOM kill of one worker. */
export interface WorkerKill {
  readonly instance: number;
  readonly atNs: number;
}

export class TouchingWorkers {
  /** What each worker holds now, MiB. */
  readonly heldMiB: number[];
  readonly kills: WorkerKill[] = [];
  private readonly alive: boolean[];
  private readonly stepMiB: number;
  private seenKills: number;
  private ended = false;

  constructor(
    private readonly sim: SimulationCore,
    private readonly g: GuestRuntime,
    private readonly o: TouchOptions,
  ) {
    this.heldMiB = o.targetsMiB.map(() => 0);
    this.alive = o.targetsMiB.map(() => true);
    this.stepMiB = (touchMiBPerSecond(g) * STEP_NS) / 1e9;
    this.seenKills = g.pressure.allocationKills;
  }

  get done(): boolean {
    return this.ended;
  }

  /** The workers end (timeout, Ctrl-C, kill): what they hold is freed. */
  stop(): void {
    if (this.ended) return;
    this.ended = true;
    const held = this.heldMiB.reduce((a, b) => a + b, 0);
    this.heldMiB.fill(0);
    if (this.g.live) this.sim.freeAllocated(this.g, held);
  }

  /** Workers start touching memory now (and at every step after). */
  start(): this {
    this.step();
    return this;
  }

  private step(): void {
    if (this.ended) return;
    if (this.g.live && this.g.pressure.allocationKills !== this.seenKills) this.killed();
    const over = this.o.until();
    if (!this.g.live) {
      // The guest went down: its memory went with it.
      this.heldMiB.fill(0);
      this.ended = true;
      return;
    }
    if (over || !this.alive.some(Boolean)) {
      this.stop();
      return;
    }
    let grow = 0;
    this.heldMiB.forEach((held, i) => {
      if (!this.alive[i]) return;
      const add = Math.min(this.stepMiB, (this.o.targetsMiB[i] ?? 0) - held);
      if (add <= 0) return;
      this.heldMiB[i] = held + add;
      grow += add;
    });
    this.sim.allocate(this.g, grow);
    this.sim.at(this.sim.now + STEP_NS, () => this.step());
  }

  /**
   * The guest's allocations were OOM-killed (the memory model frees them all at once): the
   * biggest worker was the victim; the others' memory is theirs again.
   */
  private killed(): void {
    this.seenKills = this.g.pressure.allocationKills;
    let victim = -1;
    this.heldMiB.forEach((held, i) => {
      if (held > 0 && (victim < 0 || held > (this.heldMiB[victim] ?? 0))) victim = i;
    });
    if (victim < 0) return;
    this.kills.push({ instance: victim, atNs: this.sim.now });
    this.heldMiB[victim] = 0;
    if (!this.o.restart) this.alive[victim] = false;
    const survivors = this.heldMiB.reduce((a, b) => a + b, 0);
    if (survivors > 0) this.sim.allocate(this.g, survivors);
  }
}
