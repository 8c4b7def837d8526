/**
 * Guests going down: one guest whose kernel panicked (it stays down until someone restarts
 * it — Linux's default kernel.panic=0 waits forever), or every guest when the layer under
 * them fails. The host then reboots by itself after its reboot time (a watchdog or the
 * operator power-cycles it) and starts the guests it had again, as xendomains, ESX's
 * autostart or a container restart policy do; each boots through its own paths.
 */
import type { GuestRuntime } from '../../run/core/guest-runtime.ts';
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import type { FaultRecord } from '../fault-record.ts';
import { hostRebootNs } from '../recovery-times.ts';

export function isUp(g: GuestRuntime): boolean {
  return g.state === 'running' || g.state === 'booting';
}

export function crashOne(sim: SimulationCore, g: GuestRuntime, record: FaultRecord, reason: string): void {
  sim.crashGuest(g, reason);
  record.down.push(g);
}

/** Takes the guests on the failed machine down (every guest, or one dedicated server's) and schedules its reboot; returns when it is back. */
export function crashHost(sim: SimulationCore, record: FaultRecord, layer: string, target: GuestRuntime | null, on: readonly GuestRuntime[] = sim.guests): number {
  const reason = `${layer} crashed at ${(sim.now / 1e9).toFixed(3)} s`;
  for (const g of on.filter(isUp)) crashOne(sim, g, record, reason);
  const back = sim.now + hostRebootNs(sim, target?.spec ?? null);
  sim.at(back, () => {
    // Guests someone restarted or that went down again since are left as they are.
    for (const g of record.down) if (g.state === 'crashed' && g.crashReason === reason) sim.startGuest(g);
  });
  return back;
}
