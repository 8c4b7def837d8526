/**
 * systeminfo (Windows Server 2003): the machine's identity, uptime, memory and CPUs from
 * the Machine; the "System Manufacturer/Model" lines (the DMI board) give the hypervisor
 * away, as they do on a real VM.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { toDosPath } from '../paths.ts';
import { matchCase } from './dos-paths.ts';
import { thousands } from './windows-format.ts';
import { adapterDescription, connectionName } from './network-adapters.ts';
import { cpuVendorId } from '../linux/proc-files.ts';

const INDENT = ' '.repeat(27);

/**
 * Windows names a processor by its CPUID signature, not its brand string: "x86 Family 15 Model 2
 * Stepping 9" on 32-bit Windows, "EM64T Family 6 Model 26 Stepping 5" on Windows Server 2003 x64
 * (Windows Version 5.2), each followed by the vendor ("… Stepping 6, GenuineIntel" in
 * PROCESSOR_IDENTIFIER; SNMP sysDescr strings and OCS inventories in public code).
 */
function processorIdentifier(m: Machine): string {
  const cpu = m.cpu();
  const s = cpu.signature;
  if (s === undefined) return cpu.model;
  return `${/64/.test(m.arch) ? 'EM64T' : 'x86'} Family ${s.family} Model ${s.model} Stepping ${s.stepping} ${cpuVendorId(cpu.model)}`;
}

function field(label: string, value: string): string {
  return `${(label + ':').padEnd(27)}${value}`;
}

function upTime(m: Machine): string {
  const s = Math.max(0, Math.floor((m.now() - m.bootedAtNs()) / NS_PER_S));
  return `${Math.floor(s / 86_400)} Days, ${Math.floor(s / 3600) % 24} Hours, ${Math.floor(s / 60) % 60} Minutes, ${s % 60} Seconds`;
}

/** "5.2.3790 Service Pack 2 Build 3790" from the kernel release and version. */
function osVersion(m: Machine): string {
  const build = m.kernelRelease.split('.').pop() ?? m.kernelRelease;
  return `${m.kernelRelease} ${m.kernelVersion} Build ${build}`.replace(/\s+/g, ' ');
}

function mib(kib: number): string {
  return `${thousands(kib / 1024)} MB`;
}

export function systeminfoLines(m: Machine): string[] {
  const cpu = m.cpu();
  const mem = m.memory();
  const board = m.board();
  const windir = toDosPath(matchCase(m.fs, '/WINDOWS'));
  const nics = m.interfaces().filter((n) => n.name !== 'lo' && !n.ipv4.startsWith('127.'));
  const lines = [
    '',
    field('Host Name', m.hostname.toUpperCase()),
    field('OS Name', m.distribution),
    field('OS Version', osVersion(m)),
    field('OS Manufacturer', 'Microsoft Corporation'),
    field('OS Configuration', 'Standalone Server'),
    field('OS Build Type', cpu.count > 1 ? 'Multiprocessor Free' : 'Uniprocessor Free'),
    field('System Up Time', upTime(m)),
    field('System Manufacturer', board.vendor),
    field('System Model', board.product),
    field('System Type', /64/.test(m.arch) ? 'x64-based PC' : 'X86-based PC'),
    field('Processor(s)', `${cpu.count} Processor(s) Installed.`),
  ];
  for (let i = 0; i < cpu.count; i++) lines.push(`${INDENT}[${String(i + 1).padStart(2, '0')}]: ${processorIdentifier(m)} ~${Math.round(cpu.mhz)} Mhz`);
  lines.push(
    field('Windows Directory', windir),
    field('System Directory', `${windir}\\system32`),
    field('Total Physical Memory', mib(mem.totalKiB)),
    field('Available Physical Memory', mib(mem.freeKiB + mem.buffersKiB + mem.cachedKiB)),
    field('Page File: Max Size', mib(mem.swapTotalKiB)),
    field('Page File: Available', mib(mem.swapFreeKiB)),
    field('Network Card(s)', `${nics.length} NIC(s) Installed.`),
  );
  nics.forEach((nic, i) => {
    lines.push(
      `${INDENT}[${String(i + 1).padStart(2, '0')}]: ${adapterDescription(nic.driver)}`,
      `${INDENT}      Connection Name: ${connectionName(i)}`,
      `${INDENT}      DHCP Enabled:    No`,
      `${INDENT}      IP address(es)`,
      `${INDENT}      [01]: ${nic.ipv4}`,
    );
  });
  return lines;
}

export const SYSTEMINFO: Command = {
  name: 'systeminfo',
  summary: 'display the system configuration',
  run(ctx, args) {
    const bad = args[0];
    if (bad !== undefined) return done(`ERROR: Invalid argument/option - '${bad}'.\nType "SYSTEMINFO /?" for usage.\n`, 1);
    return done(systeminfoLines(ctx.machine).join('\n') + '\n');
  },
};
