/**
 * The CPU scheduler's index of guests by what they are waiting for, kept up to date as
 * their run queues change (cpu-scheduler.ts calls `changed` after each change), so that a
 * dispatch looks only at the guests that want a core instead of every guest on the host.
 * A hosting server's thousand containers are mostly idle at any instant; a scan of all of
 * them per event made a run cost guests × events.
 *
 * The order guests are picked in is the scan's: least weighted CPU first, ties to the
 * lowest index; capped guests are still visited in index order, since visiting one whose
 * cap is spent queues its refill, and those must queue in the same order to keep runs
 * identical.
 */
import { GuestHeap } from './guest-heap.ts';
import type { GuestRuntime } from './guest-runtime.ts';

/** Least CPU first, then the lowest index: the guest a scan in index order keeping the strictly lowest would find. */
export function picksBefore(a: GuestRuntime, b: GuestRuntime): boolean {
  return a.vruntime < b.vruntime || (a.vruntime === b.vruntime && a.index < b.index);
}

/** Whether `g` could take a core now, paused or capped aside: a worker waiting and a vCPU free. */
export function wantsCore(g: GuestRuntime): boolean {
  return g.ready.length > 0 && g.vcpusBusy < g.vcpus;
}

/** A set of guests to visit, in no particular order. */
export class GuestSet {
  readonly items: GuestRuntime[] = [];
  private readonly member: boolean[] = [];

  has(g: GuestRuntime): boolean {
    return this.member[g.index] === true;
  }

  add(g: GuestRuntime): void {
    if (this.has(g)) return;
    this.member[g.index] = true;
    this.items.push(g);
  }

  delete(g: GuestRuntime): void {
    if (!this.has(g)) return;
    this.member[g.index] = false;
    const i = this.items.indexOf(g);
    const last = this.items.pop() as GuestRuntime;
    if (last !== g) this.items[i] = last;
  }

  clear(): void {
    for (const g of this.items) this.member[g.index] = false;
    this.items.length = 0;
  }
}

export class ReadyGuests {
  /** Uncapped guests that want a core, in the order they get one. */
  private readonly open = new GuestHeap(picksBefore);
  /** Capped guests that want a core, by index. */
  readonly capped: GuestRuntime[] = [];
  /** Guests with a worker on a vCPU or waiting for one: the least CPU among them is where a woken guest starts. */
  private readonly busy = new GuestHeap(picksBefore);
  /** Guests woken from idle that have not had a core since. */
  readonly woken = new GuestSet();
  /** Guests whose run queue changed since the scheduler last settled the queues' lengths, and since it last settled steal. */
  readonly queueChanged = new GuestSet();
  readonly stealChanged = new GuestSet();
  /** Σ over guests of min(vCPUs, runnable workers): what CFS's slice depends on. */
  runnable = 0;
  private readonly counted: number[] = [];
  private readonly aside: GuestRuntime[] = [];

  /** Call after `g`'s run queue, busy vCPUs or vruntime changed. */
  changed(g: GuestRuntime): void {
    const wants = wantsCore(g);
    if (g.capBudgetNs === Infinity) {
      if (wants) this.open.set(g);
      else this.open.delete(g);
    } else this.setCapped(g, wants);
    const runnable = g.runnable();
    if (runnable > 0) this.busy.set(g);
    else this.busy.delete(g);
    const r = Math.min(g.vcpus, runnable);
    this.runnable += r - (this.counted[g.index] ?? 0);
    this.counted[g.index] = r;
    this.queueChanged.add(g);
    this.stealChanged.add(g);
  }

  /** The least CPU used by a guest with something runnable (Infinity: none). */
  leastBusyVruntime(): number {
    return this.busy.peek()?.vruntime ?? Infinity;
  }

  /** The uncapped guest that wants a core and is not paused at `now`, first in line; null: none. */
  firstOpen(now: number): GuestRuntime | null {
    let g = this.open.peek();
    while (g !== null && g.pausedAt(now)) {
      this.aside.push(g);
      this.open.delete(g);
      g = this.open.peek();
    }
    for (const p of this.aside) this.open.set(p);
    this.aside.length = 0;
    return g;
  }

  private setCapped(g: GuestRuntime, wants: boolean): void {
    const c = this.capped;
    let lo = 0;
    let hi = c.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((c[mid] as GuestRuntime).index < g.index) lo = mid + 1;
      else hi = mid;
    }
    const there = c[lo] === g;
    if (wants && !there) c.splice(lo, 0, g);
    else if (!wants && there) c.splice(lo, 1);
  }
}
