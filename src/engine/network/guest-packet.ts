/**
 * One packet from one guest to another on the same platform: the sender's transmit path,
 * the switch, the receiver's receive path and its interrupt, priced from the platforms'
 * own per-packet paths (op-paths.ts) — nothing here is a per-platform factor.
 *
 * The sender's `netSend` path ends, and the receiver's `netReceive` path starts, at the
 * physical NIC's driver in the layer that owns it. Between two guests of one host that
 * layer forwards the packet instead: the driver's work is taken out on both sides and one
 * bridge forwarding is counted (a path that already crosses the bridge on each side gives
 * one back). Native guests are separate machines: both full paths, both NICs and the wire
 * through a physical switch.
 */
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { NICS } from '../calibration/devices.ts';
import { CONTAINER_COSTS, NATIVE_COSTS } from '../calibration/mechanism-costs.ts';
import { SWITCH_FORWARD_NS } from '../calibration/network-costs.ts';
import { L } from '../metrics/layers.ts';
import type { Mechanism } from '../metrics/mechanisms.ts';
import { CostPath } from '../platforms/cost-path.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { cpuUtilisation, schedulingWaitNs } from './cpu-queueing.ts';
import { virtualSwitch, type VirtualSwitch } from './virtual-switch.ts';

/** The CPU side of a guest-to-guest packet: per packet, per payload byte, and the receiver's interrupt. */
export interface PacketParts {
  readonly via: VirtualSwitch;
  readonly perPacket: CostPath;
  readonly perByte: CostPath;
  readonly receiveInterrupt: CostPath;
  /** Waking the receiver from idle (a VM's halted vCPU rescheduled by the layer under it). */
  readonly wake: CostPath;
}

export interface GuestPacket {
  readonly via: VirtualSwitch;
  /** CPU by layer and exits of one packet, the receiver's interrupt included. */
  readonly path: CostPath;
  readonly cpuNs: number;
  /** On a physical wire and switch (native only), ns. */
  readonly wireNs: number;
  /** Waiting for a core where the host is busy, ns. */
  readonly queueNs: number;
  /** From send() to the receiver's handler: CPU in sequence + wire + queueing, ns. */
  readonly latencyNs: number;
}

/** Whose work the NIC driver is, by the layer that owns it: the one shared kernel's is its network stack's. */
const DRIVER_MECHANISM: Readonly<Record<number, Mechanism>> = {
  [L.hostKernel]: 'lower-io',
  [L.hypervisor]: 'lower-io',
  [L.driverDomain]: 'driver-domain',
  [L.sharedKernel]: 'network-packets',
};

/** The CPU paths of a packet from guest `from` to guest `to`, or null if either has no plan. */
export function packetParts(sim: SimulationCore, from: number, to: number): PacketParts | null {
  const src = sim.guests[from]?.plan?.paths;
  const dst = sim.guests[to]?.plan?.paths;
  if (!src || !dst) return null;
  const via = virtualSwitch(sim.model, sim.scenario);
  const perPacket = new CostPath().add(src.netSend).add(dst.netReceive);
  if (via.layer !== null) {
    const ghz = CPU_GENERATIONS[sim.scenario.host.cpu].ghz;
    const bridges = via.bridgesBetweenGuests - 2 * via.bridgesPerSide;
    perPacket
      .charge(via.layer, (-2 * NATIVE_COSTS.netDriverPacketCycles) / ghz, DRIVER_MECHANISM[via.layer])
      .charge(via.layer, (bridges * CONTAINER_COSTS.bridgePacketCycles) / ghz, 'bridge-nat');
  }
  return { via, perPacket, perByte: new CostPath().add(src.netByte).add(dst.netByte), receiveInterrupt: dst.interrupt, wake: dst.wake };
}

/** Serialising a frame on the sender's NIC and again on the switch's port, plus its forwarding. */
export function wireNs(sim: SimulationCore, bytes: number): number {
  const nic = NICS[sim.scenario.host.nic];
  return (2 * (bytes + nic.framingBytes)) / nic.bytesPerNs + SWITCH_FORWARD_NS;
}

/** Waits for a core on the way: the receiver's vCPU, and any separately scheduled middle (dom0, a VMM process). */
export function queueingNs(sim: SimulationCore, via: VirtualSwitch, to: number): number {
  const cores = sim.scenario.host.cores;
  const native = via.layer === null;
  const receiver = schedulingWaitNs(cpuUtilisation(sim, native ? to : undefined), cores);
  return receiver + via.middleSchedulingPoints * schedulingWaitNs(cpuUtilisation(sim), cores);
}

/** One packet of `bytes` from guest `from` to guest `to`, or null when either is not running. */
export function guestPacket(sim: SimulationCore, from: number, to: number, bytes: number): GuestPacket | null {
  if (sim.guests[from]?.state !== 'running' || sim.guests[to]?.state !== 'running') return null;
  const parts = packetParts(sim, from, to);
  if (!parts) return null;
  // A ping finds its receiver idle: a VM's vCPU is halted and must be woken.
  const path = new CostPath().add(parts.perPacket).add(parts.perByte, bytes).add(parts.receiveInterrupt).add(parts.wake);
  const cpuNs = path.total();
  const wire = parts.via.layer === null ? wireNs(sim, bytes) : 0;
  const queueNs = queueingNs(sim, parts.via, to);
  return { via: parts.via, path, cpuNs, wireNs: wire, queueNs, latencyNs: cpuNs + wire + queueNs };
}

/** A request of `bytes` from `from` to `to` and its reply of the same size, ns; null when either is not running. */
export function guestRoundTripNs(sim: SimulationCore, from: number, to: number, bytes: number): number | null {
  const request = guestPacket(sim, from, to, bytes);
  const reply = guestPacket(sim, to, from, bytes);
  return request && reply ? request.latencyNs + reply.latencyNs : null;
}

/**
 * A request of `bytes` from guest `from` to a machine one hop beyond the host's NIC (the
 * gateway, the remote machine) and its reply, ns; null when the guest is not running: the
 * guest's own send and receive paths, the wire and the peer, waking the guest for the
 * reply, and the waits for a core where the host is busy — the guest's vCPU for the reply,
 * and any separately scheduled middle (dom0, a VMM process) each way, as between two guests.
 */
export function peerRoundTripNs(sim: SimulationCore, from: number, bytes: number): number | null {
  const g = sim.guests[from];
  const p = g?.plan?.paths;
  if (!p || g.state !== 'running') return null;
  const via = virtualSwitch(sim.model, sim.scenario);
  const cpuNs = p.netSend.total() + p.netReceive.total() + 2 * (p.netByte.total() * bytes + p.interrupt.total()) + p.wake.total();
  const middleNs = via.middleSchedulingPoints * schedulingWaitNs(cpuUtilisation(sim), sim.scenario.host.cores);
  return cpuNs + NICS[sim.scenario.host.nic].peerRoundTripNs + queueingNs(sim, via, from) + middleNs;
}
