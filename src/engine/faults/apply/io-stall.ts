/**
 * Xen's driver domain restarting: the disk and the NIC serve nothing until it is back, so
 * every request waits; CPU work goes on. Guests whose workload does I/O stall, the others
 * keep running.
 */
import type { GuestRuntime } from '../../run/core/guest-runtime.ts';
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import type { FaultRecord } from '../fault-record.ts';
import { driverDomainRestartNs } from '../recovery-times.ts';
import { isUp } from './crash.ts';

function doesIo(g: GuestRuntime): boolean {
  const j = g.workloadJob;
  return j !== null && (j.diskNs > 0 || j.writebackNs > 0 || j.netNs > 0);
}

export function stallIo(sim: SimulationCore, record: FaultRecord): void {
  const back = sim.now + driverDomainRestartNs(sim);
  sim.disk.unavailableTill(back);
  sim.nic.unavailableTill(back);
  for (const g of sim.guests) if (isUp(g) && doesIo(g)) record.stalled.push(g);
  record.releasedAtNs = back;
}
