/**
 * The management console's power over the guests, carried out on the simulation: listing
 * with the engine's figures, stopping, starting and creating guests. A new guest is
 * validated like a scenario's guest and admitted (or refused) by the platform.
 */
import { guestSchema, MAX_GUESTS } from '../scenario/schema.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { L } from '../metrics/layers.ts';
import { guestCpuPercent } from '../os/host-processes.ts';
import type { Machine } from '../os/machine.ts';
import { migrateGuest } from '../migration/migrate-guest.ts';
import type { GuestManager, ManagedGuest, NewGuest } from './guest-manager.ts';

export function simulationGuestManager(sim: PlatformSimulation, product: string, machineOf: (name: string) => Machine | null): GuestManager {
  // A guest moved to the second host is that host's now, until it goes down.
  const here = () => sim.guests.filter((g) => !sim.migrations.away(g));
  const find = (name: string) => here().find((g) => g.spec.name === name);
  // Only a VM has a balloon driver (containers share the one kernel's memory).
  const vms = sim.model.kind === 'hosted' || sim.model.kind === 'bare-metal';
  return {
    platform: sim.model.kind,
    product,
    list: (): ManagedGuest[] =>
      here().map((g) => {
        // What it holds as memory pressure left it: shared, ballooned and swapped pages out, allocations in.
        const held = g.heldMiB();
        const memory = Object.values(held).reduce((a, b) => a + b, 0);
        // Its own CPU since it was powered on: what dom0 did for it is dom0's time (Domain-0's row), not the guest's.
        const cpuNs = ownCpuNs(g.totals(sim.now).ns) - ownCpuNs(g.cpuAtPowerOn);
        return {
          name: g.spec.name,
          id: g.index + 1,
          domainId: g.domainId,
          os: g.spec.os,
          state: g.state,
          ...(g.live && g.pausedAt(sim.now) ? { paused: true } : {}),
          ...(g.reason ? { reason: g.reason } : g.crashReason ? { reason: g.crashReason } : {}),
          vcpus: g.spec.vcpus,
          memoryMiB: g.spec.memoryMiB,
          ...(vms ? { currentMemoryMiB: g.spec.memoryMiB - (g.live ? g.pressure.balloonedMiB : 0) } : {}),
          cpuNs,
          cpuPercent: guestCpuPercent(g),
          readyNs: g.stealAt(sim.now),
          hostMemoryMiB: memory,
          ...(held['container-state'] === undefined ? {} : { kernelStateMiB: held['container-state'] }),
          workload: g.spec.workload.kind,
          // Its weight and cap now: the scenario's, or set while it runs.
          cpuShares: g.cpuShares,
          ...(g.cpuCapPercent === null ? {} : { cpuCapPercent: g.cpuCapPercent }),
          ...(g.memoryLimitMiB === null ? {} : { memoryLimitMiB: g.memoryLimitMiB }),
          paging: { residentMiB: (held['workload'] ?? 0) + (held['allocated'] ?? 0), swappedMiB: g.pressure.swappedMiB, swapIns: g.pressure.swapIns },
          uptimeNs: g.kernelStartNs >= 0 ? sim.now - g.kernelStartNs : 0,
          ...(!g.live && g.stoppedAtNs >= 0 ? { stoppedNs: g.stoppedAtNs } : {}),
        };
      }),
    start: (name) => {
      const g = find(name);
      if (!g) return `no guest named ${name}`;
      // Refused for what may have changed (memory now free, fewer VMs on): tried again, as the product would.
      if (g.state === 'refused') {
        const still = sim.readmit(g);
        if (still !== null) return still;
      }
      if (g.state !== 'stopped' && g.state !== 'crashed') return `${name} is already ${g.state}`;
      const rebooting = sim.faults.hostRebooting();
      if (rebooting) return rebooting;
      return sim.startGuest(g);
    },
    stop: (name) => {
      const g = find(name);
      if (!g) return `no guest named ${name}`;
      if (g.state !== 'running' && g.state !== 'booting') return `${name} is not running`;
      sim.stopGuest(g);
      return null;
    },
    create: (spec: NewGuest) => {
      // Every guest's name, the one moved to the second host too: it is still in this simulation.
      const taken = sim.guests.find((g) => g.spec.name === spec.name);
      if (taken) return sim.migrations.away(taken) ? `a guest named ${spec.name} runs on the second host` : `a guest named ${spec.name} already exists`;
      if (sim.guests.length >= MAX_GUESTS) return `this host already has ${MAX_GUESTS} guests, the most a scenario holds`;
      const parsed = guestSchema.safeParse({
        name: spec.name,
        os: spec.os,
        vcpus: spec.vcpus,
        memoryMiB: spec.memoryMiB,
        workload: { kind: spec.workload },
        ...(spec.memoryLimitMiB === undefined ? {} : { limits: { memoryMiB: spec.memoryLimitMiB } }),
      });
      if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      const g = sim.admit(parsed.data, spec.powerOn ?? true);
      return g.reason;
    },
    ...(vms
      ? {
          setMemory: (name: string, targetMiB: number): string | null => {
            const g = find(name);
            if (!g) return `no guest named ${name}`;
            if (!g.live) return `${name} is not running`;
            if (targetMiB > g.spec.memoryMiB) return `cannot set memory higher than its maximum, ${g.spec.memoryMiB} MiB`;
            sim.memory.setBalloonTarget(g, targetMiB === g.spec.memoryMiB ? null : targetMiB);
            return null;
          },
        }
      : {}),
    ...(vms
      ? {}
      : {
          setMemoryLimit: (name: string, mib: number | null): string | null => {
            const g = find(name);
            if (!g) return `no guest named ${name}`;
            if (!g.live) return `${name} is not running`;
            sim.setMemoryLimit(g, mib);
            return null;
          },
        }),
    setCpuLimits: (name, limits) => {
      const g = find(name);
      if (!g) return `no guest named ${name}`;
      if (!g.live) return `${name} is not running`;
      sim.setCpuLimits(g, limits.cpuShares ?? g.cpuShares, limits.cpuCapPercent === undefined ? g.cpuCapPercent : limits.cpuCapPercent);
      return null;
    },
    pause: (name) => {
      const g = find(name);
      if (!g) return `no guest named ${name}`;
      if (!g.live) return `${name} is not running`;
      // A move under way pauses it for its own downtime and then it runs on the second host.
      if (sim.migrations.underWay(g)) return `${name} is being migrated`;
      if (!g.pausedAt(sim.now)) sim.pauseGuest(g, sim.now, Infinity);
      return null;
    },
    resume: (name) => {
      const g = find(name);
      if (!g) return `no guest named ${name}`;
      if (!g.live) return `${name} is not running`;
      sim.resumeGuest(g);
      return null;
    },
    machineOf,
    migrate: (name, options) => migrateGuest(sim, name, options),
    injectFault: (kind, target) => sim.faults.inject(kind, target),
  };
}

/** A guest's own CPU of `ns` by layer: all but what dom0 did for it, which is Domain-0's time. */
function ownCpuNs(ns: Float64Array): number {
  return ns.reduce((sum, v) => sum + v, 0) - (ns[L.driverDomain] as number);
}
