/**
 * Processes of a guest that allocate memory and touch every page of it (stress-ng's --vm
 * workers, the memory-hog fault): each grows as fast as its page faults go on this
 * platform's path — a first touch is a page fault and a page of zeroing — and hands its
 * growth to the memory model (SimulationCore.allocate), whose limits, reclaim and OOM
 * killers respond. An OOM kill of the guest's allocations takes the biggest worker (the
 * OOM killer's choice); the others keep what they hold. A worker that was killed either
 * stays dead or starts again from nothing (stress-ng restarts an OOM-killed vm worker).
 *
 * Where the kernel reserves swap for anonymous memory (Solaris) nothing is OOM-killed: a
 * worker that maps its whole buffer first (stress-ng's vm) is refused the mapping when there
 * is no room, tries again each step and gives up after its retries; one that allocates as
 * it goes (the memory hog) stops growing at the refused step and holds what it has.
 */
import type { GuestRuntime } from './guest-runtime.ts';
import type { SimulationCore } from './simulation-core.ts';
import { MIB, NS_PER_MS, PAGE_BYTES } from '../../sim/units.ts';

/** How often the workers' growth is handed to the memory model: fine enough to see it climb (and stress-ng's wait between mmap retries, 100 ms). */
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
  /**
   * Each worker maps its whole target at once and, refused the reservation, tries again at
   * each step this many times before giving up (stress-ng's vm: NO_MEM_RETRIES_MAX, 100, in
   * stress-vm.c); absent, it reserves step by step as it grows.
   */
  readonly mapRetries?: number;
  /** Every worker gave up (no memory to map): their owner ends. */
  readonly gaveUp?: () => void;
  /** Whether every live worker is waiting to retry a refused mapping (asleep: it uses no CPU meanwhile), each time that changes. */
  readonly sleeping?: (asleep: boolean) => void;
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
  /** Workers that gave up mapping their buffer, by instance, in order. */
  readonly gaveUp: number[] = [];
  /** When the kernel first refused to reserve a step's growth (null: never). */
  refusedAtNs: number | null = null;
  private readonly alive: boolean[];
  /** What each worker has reserved, and its refused mappings so far (where the kernel reserves swap). */
  private readonly reservedMiB: number[];
  private readonly refusals: number[];
  private readonly reserving: boolean;
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
    this.reservedMiB = o.targetsMiB.map(() => 0);
    this.refusals = o.targetsMiB.map(() => 0);
    this.reserving = sim.hooks.reserve !== null;
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
    this.sim.unreserve(this.g, this.reservedMiB.reduce((a, b) => a + b, 0));
    this.reservedMiB.fill(0);
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
      if (add <= 0 || !this.reserved(i, add)) return;
      this.heldMiB[i] = held + add;
      grow += add;
    });
    if (!this.alive.some(Boolean)) {
      this.stop();
      this.o.gaveUp?.();
      return;
    }
    if (this.o.mapRetries !== undefined) this.o.sleeping?.(this.alive.every((a, i) => !a || (this.reservedMiB[i] ?? 0) === 0));
    this.sim.allocate(this.g, grow);
    this.sim.at(this.sim.now + STEP_NS, () => this.step());
  }

  /**
   * Whether worker `i` has room to touch `add` more: always where the kernel overcommits;
   * else its whole buffer mapped (retrying, then giving up) or this step's growth reserved.
   */
  private reserved(i: number, add: number): boolean {
    if (!this.reserving) return true;
    const retries = this.o.mapRetries;
    if (retries === undefined) {
      if (!this.sim.reserve(this.g, add)) {
        this.refusedAtNs ??= this.sim.now;
        return false;
      }
      this.reservedMiB[i] = (this.reservedMiB[i] ?? 0) + add;
      return true;
    }
    if ((this.reservedMiB[i] ?? 0) > 0) return true;
    const whole = this.o.targetsMiB[i] ?? 0;
    if (this.sim.reserve(this.g, whole)) {
      this.reservedMiB[i] = whole;
      return true;
    }
    this.refusals[i] = (this.refusals[i] ?? 0) + 1;
    if ((this.refusals[i] ?? 0) >= retries) {
      this.alive[i] = false;
      this.gaveUp.push(i);
    }
    return false;
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
    this.sim.unreserve(this.g, this.reservedMiB[victim] ?? 0);
    this.reservedMiB[victim] = 0;
    if (!this.o.restart) this.alive[victim] = false;
    const survivors = this.heldMiB.reduce((a, b) => a + b, 0);
    if (survivors > 0) this.sim.allocate(this.g, survivors);
  }
}
