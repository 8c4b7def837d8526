/**
 * Balances the guests' memory against the host's, mechanism by mechanism, in the order the
 * platforms apply them: a guest's own limits first (a VM's memory, a container's cgroup),
 * then page sharing, ballooning, dropping page cache, swapping, and last the OOM killer.
 * The result is what each guest holds on the host, by part, and — when memory cannot be
 * balanced — the one process to kill next (the caller kills it and balances again).
 */
import { balloonCapacity, inflate } from './balloon.ts';
import type { GuestPressure } from '../run/core/guest-pressure.ts';
import { outFraction } from './host-swap.ts';
import type { MemoryPolicy } from './memory-policy.ts';
import { pickVictim, type OomCandidate } from './oom-killer.ts';
import { sharePages } from './page-sharing.ts';

/** A guest that holds memory now (booting or running), as its plan sized it. */
export interface PressureGuest {
  readonly index: number;
  readonly os: string;
  /** The plan's parts: a VM's kernel, workload, page cache, unused memory, monitor overhead…; a container's workload, page cache, state. */
  readonly planMiB: Readonly<Record<string, number>>;
  /** A VM's configured memory (unused for processes). */
  readonly memoryMiB: number;
  /** `limits.memoryMiB`, or null. */
  readonly limitMiB: number | null;
  readonly p: GuestPressure;
}

export interface OomKill {
  readonly guest: number;
  readonly process: 'workload' | 'allocation';
  /** Whose OOM killer: the VM's own kernel, the container's memory cgroup, or the host's. */
  readonly scope: 'guest' | 'cgroup' | 'host';
}

export interface MemoryBalance {
  /** What each guest (in the order given) holds on the host, by part. */
  readonly residentMiB: Record<string, number>[];
  readonly kill: OomKill | null;
}

/** Parts of a VM's plan that are not the guest's own pages (they are never reclaimed). */
const VM_FIXED_PARTS = ['monitor-overhead', 'shadow-page-tables'] as const;

export function balanceMemory(guests: readonly PressureGuest[], policy: MemoryPolicy, freeMiB: number, swapMiB: number): MemoryBalance {
  for (const g of guests) g.p.resetReclaim();
  return policy.guests === 'vm' ? balanceVms(guests, policy, freeMiB, swapMiB) : balanceProcesses(guests, policy, freeMiB, swapMiB);
}

function part(g: PressureGuest, name: string): number {
  return g.planMiB[name] ?? 0;
}

/** The guest's workload's resident memory now (none once killed). */
function workloadMiB(g: PressureGuest): number {
  return g.p.workloadKilled ? 0 : part(g, 'workload');
}

function balanceVms(guests: readonly PressureGuest[], policy: MemoryPolicy, freeMiB: number, swapMiB: number): MemoryBalance {
  // Inside each VM: its kernel, workload and allocations must fit its memory, or its own kernel OOM-kills.
  for (const g of guests) {
    const w = workloadMiB(g);
    if (part(g, 'guest-kernel') + w + g.p.allocatedMiB > g.memoryMiB) {
      const kill = victim(g, 'guest');
      if (kill) return { residentMiB: [], kill };
    }
  }
  const inside = guests.map((g) => {
    const kernel = part(g, 'guest-kernel');
    const free = g.memoryMiB - kernel - workloadMiB(g) - g.p.allocatedMiB;
    const cache = Math.min(part(g, 'page-cache'), free);
    return { kernel, cache, unused: free - cache };
  });
  const shared = policy.pageSharing ? sharePages(guests.map((g, i) => ({ os: g.os, kernelMiB: inside[i]!.kernel }))) : null;
  guests.forEach((g, i) => {
    g.p.sharedMiB = shared?.[i]?.shareMiB ?? 0;
    g.p.sharingSavedMiB = shared?.[i]?.savedMiB ?? 0;
  });
  const fixed = (g: PressureGuest): number => VM_FIXED_PARTS.reduce((s, k) => s + part(g, k), 0);
  const capacity = guests.map((g, i) => (policy.ballooning ? balloonCapacity(g.memoryMiB, inside[i]!.unused, inside[i]!.cache) : 0));
  const canReclaim = policy.overflow !== 'refuse';

  // A balloon target set by hand: the driver gives back what the guest can spare, on any platform with a balloon.
  guests.forEach((g, i) => {
    if (g.p.balloonTargetMiB === null) return;
    g.p.balloonedMiB = Math.min(balloonCapacity(g.memoryMiB, inside[i]!.unused, inside[i]!.cache), Math.max(0, g.memoryMiB - g.p.balloonTargetMiB));
  });

  // A VM's own memory limit: what is above it is reclaimed from that VM, balloon first.
  let swapLeft = policy.overflow === 'vm-swap-file' ? Infinity : swapMiB;
  guests.forEach((g, i) => {
    if (g.limitMiB === null || !canReclaim) return;
    const over = g.memoryMiB - g.p.sharingSavedMiB - g.limitMiB;
    if (over <= 0) return;
    g.p.balloonedMiB = Math.max(g.p.balloonedMiB, Math.min(capacity[i]!, over));
    const swap = Math.min(over - g.p.balloonedMiB, swapLeft);
    g.p.swappedMiB = swap;
    swapLeft -= swap;
  });

  let excess = -freeMiB;
  for (const g of guests) excess += g.memoryMiB + fixed(g) - g.p.sharingSavedMiB - g.p.balloonedMiB - g.p.swappedMiB;
  if (excess > 0 && canReclaim) {
    const given = inflate(
      capacity.map((c, i) => Math.max(0, c - guests[i]!.p.balloonedMiB)),
      excess,
    );
    guests.forEach((g, i) => {
      g.p.balloonedMiB += given[i]!;
      excess -= given[i]!;
    });
    excess = swapOut(guests, excess, swapLeft, (g) => g.memoryMiB - g.p.sharingSavedMiB - g.p.balloonedMiB - g.p.swappedMiB);
  }
  // Memory still short: the host OS's OOM killer picks the biggest process, a whole VM.
  if (excess > 1e-6 && canReclaim) {
    const kill = pickVictim(guests.map((g) => ({ guest: g.index, process: 'workload', rssMiB: g.memoryMiB + fixed(g) - g.p.swappedMiB - g.p.balloonedMiB })));
    if (kill) return { residentMiB: [], kill: { guest: kill.guest, process: 'workload', scope: 'host' } };
  }
  const residentMiB = guests.map((g, i) => {
    const { kernel, cache, unused } = inside[i]!;
    g.p.outFraction = outFraction(g.p.swappedMiB, unused + cache - g.p.balloonedMiB, kernel + workloadMiB(g) + g.p.allocatedMiB);
    const parts: Record<string, number> = {
      'guest-kernel': kernel - g.p.sharedMiB - g.p.sharingSavedMiB,
      ...(g.p.sharedMiB > 0 ? { 'shared-pages': g.p.sharedMiB } : {}),
      workload: workloadMiB(g),
      ...(g.p.allocatedMiB > 0 ? { allocated: g.p.allocatedMiB } : {}),
      'page-cache': cache,
      'guest-unused': unused,
    };
    // The balloon takes free memory, then page cache; swapping takes what is left, coldest first.
    takeFrom(parts, ['guest-unused', 'page-cache'], g.p.balloonedMiB);
    takeFrom(parts, ['guest-unused', 'page-cache', 'workload', 'allocated', 'guest-kernel'], g.p.swappedMiB);
    for (const k of VM_FIXED_PARTS) if (k in g.planMiB) parts[k] = part(g, k);
    return parts;
  });
  return { residentMiB, kill: null };
}

function balanceProcesses(guests: readonly PressureGuest[], policy: MemoryPolicy, freeMiB: number, swapMiB: number): MemoryBalance {
  const rss = (g: PressureGuest): number => workloadMiB(g) + g.p.allocatedMiB;
  const limit = (g: PressureGuest): number | null => (policy.limit === 'none' ? null : g.limitMiB);
  // A memory cgroup reclaims its own page cache, then OOM-kills among its own processes.
  if (policy.limit === 'oom-kill') {
    for (const g of guests) {
      const l = limit(g);
      if (l !== null && rss(g) > l) {
        const kill = victim(g, 'cgroup');
        if (kill) return { residentMiB: [], kill };
      }
    }
  }
  // rcapd kills nothing: it pages a zone's resident memory above its cap out to swap, as far as swap lasts
  // (rcapd(1M); Solaris Containers guide, "How Resource Capping Works").
  let swapLeft = swapMiB;
  if (policy.limit === 'page-out') {
    for (const g of guests) {
      const l = limit(g);
      if (l === null || rss(g) <= l) continue;
      g.p.swappedMiB = Math.min(rss(g) - l, swapLeft);
      swapLeft -= g.p.swappedMiB;
    }
  }
  const resident = (g: PressureGuest): number => rss(g) - g.p.swappedMiB;
  const cache = guests.map((g) => {
    const l = limit(g);
    const wanted = part(g, 'page-cache');
    const kept = l === null ? wanted : Math.max(0, Math.min(wanted, l - resident(g)));
    g.p.cacheDroppedMiB = wanted - kept;
    return kept;
  });
  // A container's kernel state, or a dedicated server's own kernel (native): held, never reclaimed.
  const fixed = (g: PressureGuest): number => part(g, 'container-state') + part(g, 'guest-kernel');
  let excess = -freeMiB;
  guests.forEach((g, i) => (excess += resident(g) + cache[i]! + fixed(g)));
  // The one kernel drops page cache first (all of it is one shared cache), then swaps.
  const totalCache = cache.reduce((a, b) => a + b, 0);
  if (excess > 0 && totalCache > 0) {
    const share = Math.min(1, excess / totalCache);
    guests.forEach((g, i) => {
      const drop = cache[i]! * share;
      cache[i] = cache[i]! - drop;
      g.p.cacheDroppedMiB += drop;
      excess -= drop;
    });
  }
  if (excess > 0) excess = swapOut(guests, excess, swapLeft, resident);
  if (excess > 1e-6) {
    const candidates: OomCandidate[] = guests.flatMap((g) => [
      { guest: g.index, process: 'workload' as const, rssMiB: workloadMiB(g) },
      { guest: g.index, process: 'allocation' as const, rssMiB: g.p.allocatedMiB },
    ]);
    const kill = pickVictim(candidates);
    if (kill) return { residentMiB: [], kill: { guest: kill.guest, process: kill.process, scope: 'host' } };
  }
  const residentMiB = guests.map((g, i) => {
    g.p.outFraction = outFraction(g.p.swappedMiB, 0, rss(g));
    const parts: Record<string, number> = {
      workload: workloadMiB(g),
      ...(g.p.allocatedMiB > 0 ? { allocated: g.p.allocatedMiB } : {}),
      'page-cache': cache[i]!,
    };
    takeFrom(parts, ['workload', 'allocated'], g.p.swappedMiB);
    for (const k of ['container-state', 'guest-kernel']) if (k in g.planMiB) parts[k] = part(g, k);
    return parts;
  });
  return { residentMiB, kill: null };
}

/** Swaps `excess` out of the guests in proportion to what each holds, within `swapMiB`; returns what is still short. */
function swapOut(guests: readonly PressureGuest[], excess: number, swapMiB: number, holds: (g: PressureGuest) => number): number {
  if (excess <= 0 || swapMiB <= 0) return excess;
  const held = guests.map(holds);
  const total = held.reduce((a, b) => a + Math.max(0, b), 0);
  if (total <= 0) return excess;
  const out = Math.min(excess, swapMiB, total);
  guests.forEach((g, i) => (g.p.swappedMiB += (out * Math.max(0, held[i]!)) / total));
  return excess - out;
}

/** The biggest process inside one guest, for its own kernel's (or cgroup's) OOM killer. */
function victim(g: PressureGuest, scope: 'guest' | 'cgroup'): OomKill | null {
  const kill = pickVictim([
    { guest: g.index, process: 'workload', rssMiB: workloadMiB(g) },
    { guest: g.index, process: 'allocation', rssMiB: g.p.allocatedMiB },
  ]);
  return kill ? { guest: g.index, process: kill.process, scope } : null;
}

/** Takes `mib` out of the named parts in order (each down to zero). */
function takeFrom(parts: Record<string, number>, order: readonly string[], mib: number): void {
  let left = mib;
  for (const k of order) {
    if (left <= 0) return;
    const have = parts[k] ?? 0;
    const take = Math.min(have, left);
    if (k in parts) parts[k] = have - take;
    left -= take;
  }
}
