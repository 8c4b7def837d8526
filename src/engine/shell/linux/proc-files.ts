/**
 * Linux's /proc text files, rendered from the Machine each time they are read, as the
 * kernel renders them (field names and layout of 2.6's fs/proc). Only fields the model
 * knows are printed: no cache sizes or swap-cache counters.
 */
import type { Machine } from '../../os/machine.ts';
import { linuxBanner } from '../../os/boot-log.ts';
import { NS_PER_S } from '../../sim/units.ts';

/** The CPU vendor string the model name implies. */
export function cpuVendorId(model: string): string {
  if (/intel/i.test(model)) return 'GenuineIntel';
  if (/amd/i.test(model)) return 'AuthenticAMD';
  return 'unknown';
}

function cpuinfo(m: Machine): string {
  const cpu = m.cpu();
  const blocks: string[] = [];
  for (let i = 0; i < cpu.count; i++) {
    blocks.push(
      [
        `processor\t: ${i}`,
        `vendor_id\t: ${cpuVendorId(cpu.model)}`,
        ...(cpu.signature ? [`cpu family\t: ${cpu.signature.family}`, `model\t\t: ${cpu.signature.model}`] : []),
        `model name\t: ${cpu.model}`,
        ...(cpu.signature ? [`stepping\t: ${cpu.signature.stepping}`] : []),
        `cpu MHz\t\t: ${cpu.mhz.toFixed(3)}`,
        `flags\t\t: ${cpu.flags.join(' ')}`,
        // 2.6 calibrates its delay loop to about two loops per cycle on these CPUs: BogoMIPS ≈ 2 × MHz.
        `bogomips\t: ${(cpu.mhz * 2).toFixed(2)}`,
        '',
      ].join('\n'),
    );
  }
  return blocks.join('\n') + '\n';
}

function meminfoLine(label: string, kib: number): string {
  return `${(label + ':').padEnd(16)}${String(Math.round(kib)).padStart(8)} kB`;
}

function meminfo(m: Machine): string {
  const mem = m.memory();
  return (
    [
      meminfoLine('MemTotal', mem.totalKiB),
      meminfoLine('MemFree', mem.freeKiB),
      meminfoLine('Buffers', mem.buffersKiB),
      meminfoLine('Cached', mem.cachedKiB),
      meminfoLine('SwapTotal', mem.swapTotalKiB),
      meminfoLine('SwapFree', mem.swapFreeKiB),
    ].join('\n') + '\n'
  );
}

/** Seconds since boot and idle seconds summed over the CPUs, as /proc/uptime has them. */
function uptime(m: Machine): string {
  const up = Math.max(0, m.now() - m.bootedAtNs()) / NS_PER_S;
  return `${up.toFixed(2)} ${(m.cpuTimes().idle / NS_PER_S).toFixed(2)}\n`;
}

function loadavg(m: Machine): string {
  const procs = m.processes();
  const running = procs.filter((p) => p.state === 'R').length;
  const lastPid = procs.reduce((max, p) => Math.max(max, p.pid), 0);
  const avg = m.loadAverage().map((x) => x.toFixed(2)).join(' ');
  return `${avg} ${running}/${procs.length} ${lastPid}\n`;
}

/** The kernel's banner, as its boot log starts with it (os/boot-log.ts). */
function version(m: Machine): string {
  return linuxBanner(m.kernelRelease, m.kernelVersion, m.linuxKernel, false) + '\n';
}

/** The virtual files of /proc, by name. */
export const PROC_FILES: ReadonlyMap<string, (m: Machine) => string> = new Map([
  ['cpuinfo', cpuinfo],
  ['loadavg', loadavg],
  ['meminfo', meminfo],
  ['uptime', uptime],
  ['version', version],
]);
