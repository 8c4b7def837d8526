/**
 * A job whose packets go to another guest of the same platform (netperf -H <guest>, a
 * scenario workload with a peer) instead of a remote machine: the packets are priced on
 * the guest-to-guest path there and back, and a round trip waits for the wire (native)
 * and for the cores the packet needs where the host is busy — not for a remote peer.
 *
 * Simplification (docs/model.md): the receiver's share of each packet is charged on the
 * sender's burst, and so is dom0's (its wait is the guest network's expected queueing, not
 * dom0's scheduled queue); the receiving guest's vCPU is not occupied.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import { makeJob, type Job } from '../run/core/job.ts';
import type { PeerOptions } from '../run/core/core-interface.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { CostPath } from '../platforms/cost-path.ts';
import type { OpMix } from '../workloads/op-mix.ts';
import { packetParts, queueingNs, wireNs } from './guest-packet.ts';
import { findPeer } from './find-peer.ts';

/** The job of `count` transactions of `m` between guest `g` and the guest named `peer`, or why not. */
export function peerJob(sim: SimulationCore, g: GuestRuntime, peer: string, m: OpMix, count: number, o: PeerOptions = {}): Job | string {
  const p = findPeer(sim, g, peer, o);
  if (typeof p === 'string') return p;
  const there = packetParts(sim, g.index, p);
  const back = packetParts(sim, p, g.index);
  if (!there || !back || !g.plan) return `${peer} is not running`;
  // The packets this guest sends go there, the ones it receives come back.
  const sent = m.netSentShare;
  const netByte = new CostPath().add(there.perByte, sent).add(back.perByte, 1 - sent);
  // Each round trip wakes the peer for the request and this guest for the reply.
  const wake = new CostPath().add(there.wake).add(back.wake);
  const plan = { ...g.plan, paths: { ...g.plan.paths, netSend: there.perPacket, netReceive: back.perPacket, netByte, wake } };
  // dom0's share stays on the sender's burst: the wait for dom0 is in roundTripNs's queueing.
  const job = makeJob(plan, m, count, count, sim.scenario.host, false);
  const physical = there.via.layer === null;
  const roundTripNs = queueingNs(sim, there.via, p) + queueingNs(sim, back.via, g.index) + (physical ? 2 * wireNs(sim, m.netBytesPerPacket) : 0);
  return { ...job, netNs: physical ? job.netNs : 0, wireNs: count * m.netRoundTrips * roundTripNs };
}
