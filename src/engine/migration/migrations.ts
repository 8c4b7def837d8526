/**
 * The migration extension's state in a running simulation: which guests are being moved
 * to the second host, and until when (a second move of the same guest is refused), and
 * which run there now. A guest that goes down ends its move.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';

export class Migrations {
  /** Until when each guest (by index) is being moved, ns. */
  private readonly untilNs: number[] = [];
  /** Guests (by index) moved to the second host while up: they run there until they go down. */
  private readonly moved: boolean[] = [];

  constructor(private readonly sim: SimulationCore) {
    sim.on('guestStateChanged', (g) => {
      if (g.live) return;
      this.untilNs[g.index] = Math.min(this.untilNs[g.index] ?? 0, sim.now);
      // Down, it is only its configuration again, which stayed here (Xen's /etc/xen file, a VM's .vmx).
      this.moved[g.index] = false;
    });
  }

  /** `g` is being moved until `untilNs`. */
  moving(g: GuestRuntime, untilNs: number): void {
    this.untilNs[g.index] = untilNs;
    this.moved[g.index] = true;
  }

  /** Whether `g` now runs on the second host: its move is over, so this host's consoles no longer list it. */
  away(g: GuestRuntime): boolean {
    return this.moved[g.index] === true && !this.underWay(g);
  }

  /** Whether a move of `g` is under way now. */
  underWay(g: GuestRuntime): boolean {
    return this.sim.now < (this.untilNs[g.index] ?? 0);
  }
}

/** A simulation with migrations installed (run/platform-simulation.ts). */
export type MigratingSimulation = SimulationCore & { readonly migrations: Migrations };
