/**
 * Looking guests up the way consoles name them, and the host figures consoles print
 * beside them. Every figure comes from the guest manager, the console's own machine or
 * the scenario — never from a table.
 */
import type { CommandContext } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from './console-env.ts';

/** The guest with this name (exact first, then ignoring case, as names are unique regardless of case). */
export function findGuest(manager: GuestManager, name: string): ManagedGuest | undefined {
  const all = manager.list();
  return all.find((g) => g.name === name) ?? all.find((g) => g.name.toLowerCase() === name.toLowerCase());
}

/** Booting or running: the guest exists as a VM, domain or container right now. */
export function isUp(g: ManagedGuest): boolean {
  return g.state === 'running' || g.state === 'booting';
}

/** Physical cores of the host (from the scenario; else what the console machine sees). */
export function hostCores(env: ConsoleEnv, ctx: CommandContext): number {
  return Math.max(1, env.options.scenario?.host.cores ?? ctx.machine.cpu().count);
}

/** Physical memory of the host, MiB (from the scenario; else what the console machine sees). */
export function hostMemoryMiB(env: ConsoleEnv, ctx: CommandContext): number {
  return env.options.scenario?.host.memoryMiB ?? ctx.machine.memory().totalKiB / 1024;
}

/**
 * Creates a guest; when `boot` is set, starts it too if the manager left it stopped, and
 * otherwise only installs it, not powered on (zonecfg and vzctl create).
 * Returns the new guest, or the manager's error message (also when the guest was created
 * but the platform refuses to run it).
 */
export function createGuest(
  manager: GuestManager,
  spec: Parameters<GuestManager['create']>[0],
  boot: boolean,
): { readonly guest: ManagedGuest } | { readonly error: string } {
  const err = manager.create(boot ? spec : { ...spec, powerOn: false });
  if (err !== null) return { error: err };
  const created = findGuest(manager, spec.name);
  if (created === undefined) return { error: `${spec.name} was not created` };
  // Created, but this platform cannot run it (a Windows image on a Linux kernel): it stays, refused.
  if (created.state === 'refused') return { error: created.reason ?? `${spec.name} cannot run on this platform` };
  if (boot && created.state === 'stopped') {
    const startErr = manager.start(created.name);
    if (startErr !== null) return { error: startErr };
  }
  return { guest: findGuest(manager, spec.name) ?? created };
}

/** A guest name as the scenario format allows it (it doubles as the guest's host name). */
export const GUEST_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/;
