/**
 * Finds the guest a command names as its peer — by name or by its address on this
 * platform — and says why it cannot be one, in the words the tools use.
 */
import { addressOf } from '../os/machine-support.ts';
import type { GuestRuntime } from '../run/guest-runtime.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';

export interface PeerOptions {
  /** A peer still booting will do (a scenario's workload starts before its peer may be up). */
  readonly acceptBooting?: boolean;
}

/** The peer's index, or why there is none. */
export function findPeer(sim: PlatformSimulation, from: GuestRuntime, name: string, o: PeerOptions = {}): number | string {
  const i = sim.guests.findIndex((g, k) => g.spec.name === name || (k !== from.index && addressOf(sim, k) === name));
  if (i < 0) return `${name}: Name or service not known`;
  if (i === from.index) return `${name} is this guest: use a second guest as the peer`;
  const state = sim.guests[i]?.state;
  if (state !== 'running' && !(o.acceptBooting === true && state === 'booting')) return `${name} is not running`;
  return i;
}
