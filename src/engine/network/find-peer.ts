/**
 * Finds the guest a command names as its peer — by name or by its address on this
 * platform — and says why it cannot be one, in the words the tools use.
 */
import { guestIpv4 } from '../os/addresses.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { PeerOptions } from '../run/core/core-interface.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';

/** The peer's index, or why there is none. */
export function findPeer(sim: SimulationCore, from: GuestRuntime, name: string, o: PeerOptions = {}): number | string {
  const i = sim.guests.findIndex((g, k) => g.spec.name === name || (k !== from.index && guestIpv4(sim.scenario, sim.model.kind, k) === name));
  if (i < 0) return `${name}: Name or service not known`;
  if (i === from.index) return `${name} is this guest: use a second guest as the peer`;
  const state = sim.guests[i]?.state;
  if (state !== 'running' && !(o.acceptBooting === true && state === 'booting')) return `${name} is not running`;
  return i;
}
