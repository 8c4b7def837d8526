/**
 * Where a network benchmark's traffic goes: another guest of the platform (by name or
 * address, over the platform's virtual network), or the remote machine beyond the host's
 * NIC (`remote`, its address, or an IPv4 address that is not a guest's) — the peer of the published
 * ttcp and netperf runs. Any other name does not resolve, as on a real host.
 */
import type { Machine } from '../../os/machine.ts';
import { REMOTE_IPV4 } from '../../os/addresses.ts';

export type NetworkTarget = { readonly peer: string } | { readonly remote: true };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function networkTarget(machine: Machine, host: string): NetworkTarget | string {
  if (host === 'localhost' || host === machine.hostname || host.startsWith('127.')) return `${host} is this machine: name another guest, or remote`;
  // The remote machine by name or by the address ping shows for it (it answers pings, but is no guest).
  if (host === 'remote' || host === REMOTE_IPV4) return { remote: true };
  if (machine.pingRttNs(host) !== null) return { peer: host };
  if (IPV4.test(host)) return { remote: true };
  return `unknown host ${host}`;
}

/** The task spec's peer field for a target (none: the remote machine). */
export function peerOf(t: NetworkTarget): { peer?: string } {
  return 'peer' in t ? { peer: t.peer } : {};
}
