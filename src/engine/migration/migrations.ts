/**
 * The migration extension's state in a running simulation: which guests are being moved
 * to the second host, and until when (a second move of the same guest is refused). A
 * guest that goes down ends its move.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';

export class Migrations {
  /** Until when each guest (by index) is being moved, ns. */
  private readonly untilNs: number[] = [];

  constructor(private readonly sim: SimulationCore) {
    sim.on('guestStateChanged', (g) => {
      if (!g.live) this.untilNs[g.index] = Math.min(this.untilNs[g.index] ?? 0, sim.now);
    });
  }

  /** `g` is being moved until `untilNs`. */
  moving(g: GuestRuntime, untilNs: number): void {
    this.untilNs[g.index] = untilNs;
  }

  /** Whether a move of `g` is under way now. */
  underWay(g: GuestRuntime): boolean {
    return this.sim.now < (this.untilNs[g.index] ?? 0);
  }
}

/** A simulation with migrations installed (run/platform-simulation.ts). */
export type MigratingSimulation = SimulationCore & { readonly migrations: Migrations };
