/**
 * Virtuozzo containers as vzctl and vzlist name them. A container's ID (CTID) is 100 plus
 * the guest's number — Virtuozzo's convention of numbering containers from 101 (0 is the
 * host itself) — and a container can also be named by its name.
 */
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { findGuest } from '../common/guests.ts';

export const CTID_BASE = 100;

export const ctidOf = (g: ManagedGuest): number => CTID_BASE + g.id;

export function findContainer(manager: GuestManager, ref: string): ManagedGuest | undefined {
  if (/^\d+$/.test(ref)) return manager.list().find((g) => ctidOf(g) === Number(ref));
  return findGuest(manager, ref);
}

/** The container's venet address while it runs (its machine's first non-loopback interface), else "-". */
export function ipOf(manager: GuestManager, g: ManagedGuest): string {
  const nic = manager.machineOf(g.name)?.interfaces().find((i) => i.ipv4 !== '' && !i.ipv4.startsWith('127.'));
  return nic?.ipv4 ?? '-';
}

/**
 * Its status as vzlist shows it: `running` once its init runs, `mounted` while it starts
 * (vzctl start mounts the private area, then starts init — the boot here), else `stopped`.
 */
export function vzStatus(g: ManagedGuest): 'running' | 'mounted' | 'stopped' {
  return g.state === 'running' ? 'running' : g.state === 'booting' ? 'mounted' : 'stopped';
}
