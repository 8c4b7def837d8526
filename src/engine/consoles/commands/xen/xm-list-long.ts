/**
 * `xm list --long [Domain ...]` (`-l`): each domain's record as xend prints it, an
 * S-expression, with the fields the model knows: id, UUID (derived from the name; Domain-0's
 * is all zeros), vCPUs, the credit scheduler's weight and cap, memory as the balloon leaves
 * it and the most it may have, what happens on power-off, reboot and crash (xm create's
 * defaults), the kernel it booted (a paravirtual domain's own, an HVM domain's hvmloader),
 * its state, CPU time, uptime and start on the consoles' calendar. Numbers print as
 * Python 2's str() prints floats (12 significant digits), as xend's sxp does.
 */
import type { CommandContext } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { uuidFrom } from '../common/ids.ts';
import { lines } from '../common/text.ts';
import { xmState, type Domain } from './domains.ts';
import { weightAndCap } from './xm-sched-credit.ts';

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Python 2's str(float): 12 significant digits, ".0" on a whole number. */
export function pyFloat(x: number): string {
  const s = String(Number(x.toPrecision(12)));
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** The kernel a domain booted: a paravirtual one its own (xm create's kernel=), an HVM one Xen's firmware loader. */
function image(env: ConsoleEnv, g: ManagedGuest): string[] {
  const m = env.manager.machineOf(g.name);
  if (m === null) return [];
  const pv = m.cpu().virtualizationType === 'para';
  return ['    (image', `        (${pv ? 'linux' : 'hvm'}`, `            (kernel ${pv ? `/boot/vmlinuz-${m.kernelRelease}` : '/usr/lib/xen/boot/hvmloader'})`, '        )', '    )'];
}

/** One domain's S-expression; `g` is the guest behind it, absent for Domain-0. */
export function domainSxp(ctx: CommandContext, env: ConsoleEnv, d: Domain, g: ManagedGuest | undefined): string {
  const now = ctx.machine.now();
  const upNs = g === undefined ? now - ctx.machine.bootedAtNs() : g.uptimeNs;
  const { weight, cap } = weightAndCap(g ?? 'dom0');
  const field = (k: string, v: string | number): string => `    (${k} ${v})`;
  return lines([
    '(domain',
    field('domid', d.id),
    field('uuid', g === undefined ? ZERO_UUID : uuidFrom(g.name)),
    field('vcpus', d.vcpus),
    field('cpu_weight', weight),
    field('cpu_cap', cap),
    field('memory', d.memoryMiB),
    field('maxmem', g?.memoryMiB ?? d.memoryMiB),
    field('name', d.name),
    field('on_poweroff', 'destroy'),
    field('on_reboot', 'restart'),
    field('on_crash', 'restart'),
    ...(g === undefined ? [] : image(env, g)),
    field('state', xmState(d)),
    field('cpu_time', pyFloat(d.cpuNs / 1e9)),
    field('online_vcpus', d.vcpus),
    field('up_time', pyFloat(upNs / 1e9)),
    field('start_time', pyFloat(ctx.machine.epochUnixS + (now - upNs) / 1e9)),
    ')',
  ]);
}
