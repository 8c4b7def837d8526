/**
 * lscpu (util-linux): the CPU as this machine sees it, from machine.cpu() — a VM's vCPUs
 * and its hypervisor, a container's host CPUs. VT-x/AMD-V shows only when the flags have it.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { cpuVendorId } from './proc-files.ts';

function line(label: string, value: string): string {
  return `${(label + ':').padEnd(23)}${value}`;
}

export const LSCPU: Command = {
  name: 'lscpu',
  summary: 'display information about the CPU architecture',
  run(ctx, args) {
    if (args.length > 0) return done(`lscpu: invalid option -- '${(args[0] ?? '').replace(/^-+/, '')}'\n`, 1);
    const m = ctx.machine;
    const cpu = m.cpu();
    const lines = [
      line('Architecture', m.arch),
      line('CPU(s)', String(cpu.count)),
      line('On-line CPU(s) list', cpu.count > 1 ? `0-${cpu.count - 1}` : '0'),
      line('Vendor ID', cpuVendorId(cpu.model)),
      line('Model name', cpu.model),
      line('CPU MHz', cpu.mhz.toFixed(3)),
    ];
    if (cpu.flags.includes('vmx')) lines.push(line('Virtualization', 'VT-x'));
    else if (cpu.flags.includes('svm')) lines.push(line('Virtualization', 'AMD-V'));
    if (cpu.hypervisorVendor !== null) lines.push(line('Hypervisor vendor', cpu.hypervisorVendor));
    if (cpu.virtualizationType !== null) lines.push(line('Virtualization type', cpu.virtualizationType));
    lines.push(line('Flags', cpu.flags.join(' ')));
    return done(lines.join('\n') + '\n');
  },
};
