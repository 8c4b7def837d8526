/**
 * Xen's domains as xm and xentop see them: Domain-0 (the console's own machine: the
 * driver domain) first, then every guest domain that exists — booting or running — by
 * domain id. A stopped guest is only its configuration file in /etc/xen, as in Xen 3.0.
 */
import type { CommandContext } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { HYPERVISOR_FOOTPRINT_MIB } from '../../../calibration/footprints.ts';

export interface Domain {
  readonly name: string;
  readonly id: number;
  readonly memoryMiB: number;
  readonly vcpus: number;
  readonly cpuNs: number;
  /** Share of one CPU over the last second (the 1 Hz sample), %. */
  readonly cpuPercent: number;
  /** On a physical CPU at this instant: Domain-0 always (it is running the command), a guest when it is busy. */
  readonly running: boolean;
  readonly hostMemoryMiB: number;
}

/**
 * A domain is "running" (r) when one of its vCPUs is on a physical CPU at the instant of
 * the sample, else "blocked" (b). The manager gives a share over the last second, so a
 * domain busy at least half of one CPU's time is shown running.
 */
const RUNNING_SHARE = 50;

export function domain0(ctx: CommandContext): Domain {
  const t = ctx.machine.cpuTimes();
  const memoryMiB = Math.round(ctx.machine.memory().totalKiB / 1024);
  const cpuPercent = ctx.machine.cpuPercentLastSecond?.() ?? 0;
  return { name: 'Domain-0', id: 0, memoryMiB, vcpus: ctx.machine.cpu().count, cpuNs: t.user + t.system, cpuPercent, running: true, hostMemoryMiB: memoryMiB };
}

export function guestDomain(g: ManagedGuest): Domain {
  return {
    name: g.name,
    id: g.domainId,
    // What its balloon driver leaves it (xm mem-set).
    memoryMiB: g.currentMemoryMiB ?? g.memoryMiB,
    vcpus: g.vcpus,
    cpuNs: g.cpuNs,
    cpuPercent: g.cpuPercent,
    running: g.cpuPercent >= RUNNING_SHARE,
    hostMemoryMiB: g.hostMemoryMiB,
  };
}

/** The host's memory in use: Xen's own and every domain's, MiB. */
export function memoryInUseMiB(ctx: CommandContext, manager: GuestManager): number {
  return HYPERVISOR_FOOTPRINT_MIB.xen + domains(ctx, manager).reduce((sum, d) => sum + d.hostMemoryMiB, 0);
}

export function domains(ctx: CommandContext, manager: GuestManager): readonly Domain[] {
  // By domain id, as xm list prints them: a domain created again comes after the others.
  return [domain0(ctx), ...manager.list().filter(isUp).map(guestDomain).sort((a, b) => a.id - b.id)];
}

/** A domain by name or ID: the guest, 'dom0' for Domain-0, or undefined when no such domain exists now. */
export function findDomain(manager: GuestManager, ref: string): ManagedGuest | 'dom0' | undefined {
  if (ref === '0' || ref === 'Domain-0') return 'dom0';
  const g = /^\d+$/.test(ref) ? manager.list().find((x) => isUp(x) && String(x.domainId) === ref) : findGuest(manager, ref);
  return g !== undefined && isUp(g) ? g : undefined;
}
