/**
 * What Xen's dom0 does for the domains, as its own kernel sees it: the back-end drivers'
 * (and HVM device models') work, in all and per domain, sampled at the engine's 1 Hz as each
 * guest's CPU is, so top's %CPU is the last second's share; and its load averages, of the
 * back-end threads kept busy (they run as work arrives, so their load is their busy share).
 */
import { L } from '../metrics/layers.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import { LoadAverages } from '../run/core/load-averages.ts';
import { SAMPLE_NS } from '../run/core/simulation-core.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';

export class Dom0Work {
  /** dom0's work at the last two samples, ns, in all and by guest index. */
  private atSamples: [number, number] = [0, 0];
  private readonly byGuest = new Map<number, [number, number]>();
  readonly loads = new LoadAverages();

  constructor(private readonly sim: PlatformSimulation) {
    sim.on('sampled', () => {
      // Each guest's totals once a sample (they copy its counters): its own figure, and the sum's part.
      let total = sim.background().ns[L.driverDomain] as number;
      for (const g of sim.guests) {
        const ns = backEndNs(g, sim.now);
        total += ns;
        this.byGuest.set(g.index, [this.byGuest.get(g.index)?.[1] ?? 0, ns]);
      }
      this.atSamples = [this.atSamples[1], total];
      const busy = (this.atSamples[1] - this.atSamples[0]) / SAMPLE_NS;
      this.loads.sample(busy, busy);
    });
  }

  /** Its work so far, every guest's back-ends and the host's own, ns. */
  totalNs(): number {
    let ns = this.sim.background().ns[L.driverDomain] as number;
    for (const g of this.sim.guests) ns += backEndNs(g, this.sim.now);
    return ns;
  }

  /** Its share of one CPU over the last second, %. */
  percentLastSecond(): number {
    return ((this.atSamples[1] - this.atSamples[0]) / SAMPLE_NS) * 100;
  }

  /** Its work for `g`: the last second's share of one CPU, %, and so far, ns. */
  forGuest(g: GuestRuntime): readonly [percent: number, ns: number] {
    const [before = 0, last = 0] = this.byGuest.get(g.index) ?? [];
    return [((last - before) / SAMPLE_NS) * 100, backEndNs(g, this.sim.now)];
  }
}

function backEndNs(g: GuestRuntime, now: number): number {
  return g.totals(now).ns[L.driverDomain] as number;
}
