/**
 * The platform's virtual network in the results: what one ping-sized packet from the
 * first running guest to the second crosses — the switch, CPU per layer, exits by reason —
 * and the round trip at the load of the end of the run. Absent with fewer than two
 * running guests.
 */
import type { NetworkResult } from '../metrics/results.ts';
import { exitRecord, layerRecord, round } from '../metrics/result-records.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { guestPacket, guestRoundTripNs } from './guest-packet.ts';

/** ICMP echo with ping's default 56 data bytes (+ 8 ICMP + 20 IP). */
const PACKET_BYTES = 84;

export function networkResult(sim: SimulationCore): NetworkResult | undefined {
  const running = sim.guests.filter((g) => g.state === 'running');
  const [a, b] = running;
  if (!a || !b) return undefined;
  const p = guestPacket(sim, a.index, b.index, PACKET_BYTES);
  const rtt = guestRoundTripNs(sim, a.index, b.index, PACKET_BYTES);
  if (!p || rtt === null) return undefined;
  return {
    switch: p.via.kind,
    via: p.via.label,
    from: a.spec.name,
    to: b.spec.name,
    packetBytes: PACKET_BYTES,
    cpuUsByLayer: layerRecord(p.path.ns, 1e3),
    exitsByReason: exitRecord(p.path.exits, 3),
    wireUs: round(p.wireNs / 1e3, 3),
    queueUs: round(p.queueNs / 1e3, 3),
    oneWayUs: round(p.latencyNs / 1e3, 3),
    rttUs: round(rtt / 1e3, 3),
  };
}
