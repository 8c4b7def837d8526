/**
 * How long a packet waits for a CPU at each point where a separately scheduled context
 * must run (the sending and receiving vCPUs, dom0's netback, a VMM process on the host).
 *
 * Modelling assumption (docs/calibration.md §15), matching the simulation's own scheduler
 * (no wake-up preemption: a ready vCPU takes the first core that frees up): the chance
 * that every core is busy — the host's utilisation over the last second to the power of
 * its cores, as if the cores were busy independently — times the mean wait for the first
 * of them to finish its slice, half a quantum shared by the cores. An idle host adds nothing.
 */
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { QUANTUM_NS } from '../run/core/cpu-scheduler.ts';
import { SAMPLE_NS } from '../run/core/simulation-core.ts';

/** Share of the host's cores busy over the last second (for native, of one guest's own machine). */
export function cpuUtilisation(sim: SimulationCore, guestIndex?: number): number {
  let busy = 0;
  for (const t of sim.tasks) if (!t.ended && (guestIndex === undefined || t.guestIndex === guestIndex)) busy += t.cpuLastSecond;
  return Math.min(1, busy / (sim.scenario.host.cores * SAMPLE_NS));
}

/** Mean wait for a core at one scheduling point when the cores are `utilisation` busy, ns. */
export function schedulingWaitNs(utilisation: number, cores: number): number {
  return (utilisation ** cores * QUANTUM_NS) / (2 * cores);
}
