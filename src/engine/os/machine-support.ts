/**
 * What machines on one platform share: the host-wide CPU times and memory that a
 * container, a native process or a management host sees, the guests' addresses, and the
 * round trip of a ping between two machines, priced from both ends' network paths.
 */
import { L, LAYER_COUNT } from '../metrics/layers.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import { sinceBaseline } from '../run/core/kernel-baseline.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { guestRoundTripNs, peerRoundTripNs } from '../network/guest-packet.ts';
import { GATEWAY_IPV4, guestIpv4, HOST_IPV4, REMOTE_IPV4 } from './addresses.ts';
import type { CpuTimes, HostAddress, MemoryInfo, SwapSpace } from './machine.ts';
import type { OsId } from './os-families.ts';
import type { VirtualHardware } from './virtual-hardware.ts';
import { distinctOses } from '../platforms/native/native-platform.ts';

/** The management host's disk, KiB: its root file system, where a Solaris zone's root lives too. */
export const HOST_DISK_KIB = 70 * 1024 * 1024;

/** The physical server's root device, as its OS names it: a Solaris SCSI disk's slice 0, else the first SCSI disk's first partition. */
export function hostRootDevice(family: OsId): string {
  return family === 'solaris' ? '/dev/dsk/c1t0d0s0' : '/dev/sda1';
}

/** Payload of an ICMP echo (ping's default 56 bytes + headers). */
const PING_BYTES = 84;

export function addressOf(sim: PlatformSimulation, index: number): string {
  return guestIpv4(sim.scenario, sim.model.kind, index);
}

/** The whole host's CPU times: every guest and the platform's own work. */
export function hostTimes(sim: PlatformSimulation): CpuTimes {
  const ns = new Float64Array(LAYER_COUNT);
  for (const g of sim.guests) {
    const t = g.totals(sim.now).ns;
    for (let i = 0; i < LAYER_COUNT; i++) ns[i] = (ns[i] as number) + (t[i] as number);
  }
  const bg = sim.background().ns;
  for (let i = 0; i < LAYER_COUNT; i++) ns[i] = (ns[i] as number) + (bg[i] as number);
  let ioWait = 0;
  for (const g of sim.guests) ioWait += g.ioWaitNs;
  return withIoWait(cpuTimesOf(ns, sim.scenario.host.cores * sim.now), ioWait);
}

/** Solaris' swap reservations on a zones host (memory/host-memory.ts), KiB: the one kernel's, as every zone reads them. */
export function swapSpaceOf(sim: PlatformSimulation): SwapSpace {
  const s = sim.memory.swapSpaceMiB();
  return { allocatedKiB: s.allocated * 1024, reservedKiB: s.reserved * 1024, availableKiB: s.available * 1024 };
}

/** CPU times with `ioWaitNs` of their idle time shown as I/O wait (as much as there was idle time for). */
export function withIoWait(t: CpuTimes, ioWaitNs: number): CpuTimes {
  const iowait = Math.min(t.idle, ioWaitNs);
  return { ...t, iowait, idle: t.idle - iowait };
}

/** CPU times from time by layer: the user layer is user time, the rest of the busy time system; idle is what `capacityNs` leaves. */
function cpuTimesOf(ns: ArrayLike<number>, capacityNs: number): CpuTimes {
  const user = ns[L.guestUser] as number;
  let busy = 0;
  for (let i = 0; i < LAYER_COUNT; i++) if (i !== L.idle) busy += ns[i] as number;
  return { user, system: busy - user, iowait: 0, steal: 0, idle: Math.max(0, capacityNs - busy) };
}

/** The host's memory as its kernel reports it: every layer and guest accounted by the platform. */
export function platformMemory(sim: PlatformSimulation): MemoryInfo {
  let usedMiB = Object.values(sim.model.baseMemoryMiB()).reduce((a, b) => a + b, 0);
  let cachedMiB = 0;
  let swappedMiB = 0;
  for (const g of sim.guests) {
    const m = guestMemoryMiB(sim, g);
    usedMiB += m.used;
    cachedMiB += m.cached;
    if (g.live) swappedMiB += g.pressure.swappedMiB;
  }
  return serverMemory(sim, usedMiB, cachedMiB, swappedMiB);
}

/** A native guest's dedicated server, as its kernel reports it: the host's hardware, holding that guest alone. */
export function dedicatedServerMemory(sim: PlatformSimulation, g: GuestRuntime): MemoryInfo {
  const m = guestMemoryMiB(sim, g);
  return serverMemory(sim, m.used, m.cached, g.live ? g.pressure.swappedMiB : 0);
}

/** A native guest's dedicated server's CPU times: its cores, busy with that guest alone. */
export function dedicatedServerTimes(sim: PlatformSimulation, g: GuestRuntime): CpuTimes {
  const up = g.kernelStartNs >= 0 ? sim.now - g.kernelStartNs : 0;
  const base = g.atKernelStart;
  return withIoWait(cpuTimesOf(sinceBaseline(g.totals(sim.now).ns, base.cpuNs), sim.scenario.host.cores * up), g.ioWaitNs - base.ioWaitNs);
}

/**
 * A VM's CPU times as its own kernel counts them, since it booted: a fully virtualized
 * guest's monitor time is its system time, a paravirtual Xen guest is told it was stolen;
 * without a steal clock the time its vCPUs waited is charged to what was running.
 */
export function vmTimes(sim: PlatformSimulation, g: GuestRuntime, hw: Pick<VirtualHardware, 'stealClock'>): CpuTimes {
  const base = g.atKernelStart;
  const ns = sinceBaseline(g.totals(sim.now).ns, base.cpuNs);
  // The layers below working on the vCPU's behalf (a trap, a hypercall, a world switch) take
  // its own time: Xen counts it as the vCPU running, and only runnable and offline time as
  // stolen (Linux's xen_steal_clock). dom0's back-end work runs on dom0's vCPUs, not these.
  const monitor = (ns[L.vmm] as number) + (ns[L.hypervisor] as number) + (ns[L.hostKernel] as number);
  const ownUser = ns[L.guestUser] as number;
  const ownSystem = (ns[L.guestKernel] as number) + monitor;
  const waited = g.stealAt(sim.now) - base.stealNs;
  // Without a steal clock the time its vCPUs waited is charged, as the ticks missed meanwhile are, to what was running.
  const charged = hw.stealClock ? 0 : waited;
  const busy = ownUser + ownSystem;
  const user = ownUser + (busy > 0 ? (charged * ownUser) / busy : 0);
  const system = ownSystem + (busy > 0 ? (charged * ownSystem) / busy : charged);
  const steal = hw.stealClock ? waited : 0;
  const up = g.kernelStartNs >= 0 ? sim.now - g.kernelStartNs : 0;
  return withIoWait({ user, system, steal, iowait: 0, idle: Math.max(0, g.vcpus * up - user - system - steal) }, g.ioWaitNs - base.ioWaitNs);
}

/**
 * What a guest holds of the host's memory, MiB, as memory pressure left it: page cache apart
 * where it is the kernel's own (a container's, a dedicated server's). A VM's page cache is its
 * guest kernel's, inside the VM's memory: to the host that is the VM process's (or domain's),
 * which it cannot drop.
 */
function guestMemoryMiB(sim: PlatformSimulation, g: GuestRuntime): { used: number; cached: number } {
  const ownCache = sim.memory.policy.guests === 'process';
  let used = 0;
  let cached = 0;
  for (const [part, mib] of Object.entries(g.heldMiB())) {
    if (part === 'page-cache' && ownCache) cached += mib;
    else used += mib;
  }
  return { used, cached };
}

/** The server's memory and its swap: the scenario's `host.swapMiB` (none unless set), less what is swapped out. */
function serverMemory(sim: PlatformSimulation, usedMiB: number, cachedMiB: number, swappedMiB: number): MemoryInfo {
  const totalKiB = sim.scenario.host.memoryMiB * 1024;
  const usedKiB = Math.min(totalKiB, usedMiB * 1024);
  const cachedKiB = Math.min(totalKiB - usedKiB, cachedMiB * 1024);
  const swapTotalKiB = (sim.scenario.host.swapMiB ?? 0) * 1024;
  return { totalKiB, cachedKiB, buffersKiB: 0, freeKiB: totalKiB - usedKiB - cachedKiB, swapTotalKiB, swapFreeKiB: Math.max(0, swapTotalKiB - swappedMiB * 1024) };
}

/**
 * The round trip from guest `from` to `target` (a guest's name or address, the host, or
 * anything else on the LAN through the NIC), ns; null when nothing answers.
 */
export function pingRtt(sim: PlatformSimulation, from: number, target: string): number | null {
  const src = sim.guests[from];
  if (!src?.plan) return null;
  if (target === 'localhost' || target === '127.0.0.1' || target === src.spec.name) return 2 * src.plan.paths.syscall.total();
  const dest = sim.guests.findIndex((g, i) => g.spec.name === target || addressOf(sim, i) === target);
  // Request and reply each cross the virtual network between the two (network/guest-packet.ts).
  if (dest >= 0) return guestRoundTripNs(sim, from, dest, PING_BYTES);
  // The gateway, and the remote machine the network benchmarks reach (network-target.ts), are one hop beyond the host's NIC.
  if (target === HOST_IPV4 || target === GATEWAY_IPV4 || target === REMOTE_IPV4 || /^(gateway|router|remote)$/.test(target)) return peerRoundTripNs(sim, from, PING_BYTES);
  return null;
}

/** The TTL each OS's IP stack starts a packet with, so what its echo replies arrive with on one network: Linux 64, Windows 128, Solaris 255. */
const INITIAL_TTL: Readonly<Record<OsId, number>> = { linux: 64, windows: 128, solaris: 255 };

/** The OS whose kernel answers for guest `index`: a container's is its host's. */
export function answeringOs(sim: PlatformSimulation, index: number): OsId {
  return sim.model.kind === 'container' ? sim.scenario.platforms.container.hostOs : (sim.guests[index]?.spec.os ?? 'linux');
}

/**
 * A name as every machine's hosts file lists them: the guests by name or address, the host,
 * the gateway and the remote machine (both Linux). `self` is the asking machine, which its
 * own name and localhost reach.
 */
export function lookupHost(sim: PlatformSimulation, name: string, self: { readonly hostname: string; readonly address: string; readonly os: OsId }): HostAddress | null {
  if (name === 'localhost' || name.startsWith('127.')) return { address: '127.0.0.1', ttl: INITIAL_TTL[self.os] };
  if (name === self.hostname || name === self.address) return { address: self.address, ttl: INITIAL_TTL[self.os] };
  const i = sim.guests.findIndex((g, j) => g.spec.name === name || addressOf(sim, j) === name);
  if (i >= 0) return { address: addressOf(sim, i), ttl: INITIAL_TTL[answeringOs(sim, i)] };
  if (name === 'gateway' || name === 'router' || name === GATEWAY_IPV4) return { address: GATEWAY_IPV4, ttl: INITIAL_TTL.linux };
  if (name === 'remote' || name === REMOTE_IPV4) return { address: REMOTE_IPV4, ttl: INITIAL_TTL.linux };
  if (name === HOST_IPV4) return { address: HOST_IPV4, ttl: INITIAL_TTL[managerOs(sim)] };
  return null;
}

/**
 * The OS of the management host, on the host's address: the hosted VMM's or the containers'
 * host OS; Linux for dom0, ESX's service console and KVM's host; natively the guests' own.
 */
export function managerOs(sim: PlatformSimulation): OsId {
  const s = sim.scenario;
  switch (sim.model.kind) {
    case 'native':
      return distinctOses(s.guests)[0] ?? 'linux';
    case 'hosted':
      return s.platforms.hosted.hostOs;
    case 'container':
      return s.platforms.container.hostOs;
    case 'bare-metal':
      return 'linux';
  }
}
