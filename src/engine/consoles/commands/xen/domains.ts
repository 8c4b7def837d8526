/**
 * Xen's domains as xm and xentop see them: Domain-0 (the console's own machine: the
 * driver domain) first, then every guest domain that exists — booting or running — by
 * domain id. A stopped guest is only its configuration file in /etc/xen, as in Xen 3.0.
 */
import type { CommandContext } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { HYPERVISOR_FOOTPRINT_MIB } from '../../../calibration/footprints.ts';
import { RUNNING_SHARE } from '../common/vcpus.ts';

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
  /** Paused (xm pause): on no physical CPU until unpaused; Domain-0 never is. */
  readonly paused: boolean;
  readonly hostMemoryMiB: number;
}

/** Xen 3.0's state flags (r running, b blocked, p paused, s shutdown, c crashed, d dying), as xm list and its --long record print them. */
export function xmState(d: Domain): string {
  return d.paused ? '--p---' : d.running ? 'r-----' : '-b----';
}

export function domain0(ctx: CommandContext): Domain {
  const t = ctx.machine.cpuTimes();
  const memoryMiB = Math.round(ctx.machine.memory().totalKiB / 1024);
  const cpuPercent = ctx.machine.cpuPercentLastSecond?.() ?? 0;
  return { name: 'Domain-0', id: 0, memoryMiB, vcpus: ctx.machine.cpu().count, cpuNs: t.user + t.system, cpuPercent, running: true, paused: false, hostMemoryMiB: memoryMiB };
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
    // "Running" (r) when one of its vCPUs is on a physical CPU at the instant of the sample, else "blocked" (b): from its share over the last second.
    running: g.paused !== true && g.cpuPercent >= RUNNING_SHARE,
    paused: g.paused === true,
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

/** The domains named (by name or ID; none: every domain), each with its guest (undefined for Domain-0), or the first name that names none. */
export function pickDomains(ctx: CommandContext, manager: GuestManager, refs: readonly string[]): { d: Domain; g: ManagedGuest | undefined }[] | { missing: string } {
  const all = domains(ctx, manager);
  const picked: { d: Domain; g: ManagedGuest | undefined }[] = [];
  for (const ref of refs.length === 0 ? all.map((d) => String(d.id)) : refs) {
    const found = findDomain(manager, ref);
    const d = found === undefined ? undefined : all.find((x) => (found === 'dom0' ? x.id === 0 : x.name === found.name));
    if (d === undefined) return { missing: ref };
    picked.push({ d, g: found === 'dom0' ? undefined : found });
  }
  return picked;
}
