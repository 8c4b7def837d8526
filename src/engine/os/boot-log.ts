/**
 * The boot messages of a machine, in three parts streamed to its console as the boot
 * progresses: the firmware (none for a Xen paravirtual guest, whose kernel the domain
 * builder loads directly; none for a container), the kernel (its first lines say what it
 * runs on) and the services. A container shows no boot, only its host's kernel version.
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';
import type { OsId } from './os-families.ts';
import type { LinuxKernel } from './linux-kernels.ts';
import type { OsIdentity } from './os-identity.ts';
import type { VirtualHardware } from './virtual-hardware.ts';

export interface BootLog {
  readonly firmware: readonly string[];
  readonly kernel: readonly string[];
  readonly services: readonly string[];
}

export interface BootFacts {
  readonly os: OsId;
  readonly hostname: string;
  readonly id: OsIdentity;
  readonly hw: VirtualHardware;
  readonly gen: CpuGeneration;
  readonly cpus: number;
  readonly memoryMiB: number;
  /** A container: no firmware and no kernel of its own. */
  readonly container: boolean;
  /** A Xen paravirtual guest: no firmware. */
  readonly paravirtual: boolean;
}

export function bootLog(f: BootFacts): BootLog {
  if (f.container) {
    return {
      firmware: [],
      kernel: [`Container ${f.hostname}: no kernel to boot — sharing the host's ${f.id.osName} ${f.id.kernelRelease}`],
      // A system container (OpenVZ, a zone) starts its own init's services; a Docker container runs its one program, no init.
      services: f.hw.detectVirt === 'docker' ? [] : serviceLines(f).slice(-3),
    };
  }
  const firmware = f.paravirtual
    ? [`Xen domain builder: loading ${f.id.osName} kernel ${f.id.kernelRelease} directly (no BIOS)`]
    : [`${f.hw.systemVendor} ${f.hw.systemProduct} BIOS`, `Memory test: ${f.memoryMiB * 1024}K OK`, 'Booting from Hard Disk...'];
  return { firmware, kernel: kernelLines(f), services: serviceLines(f) };
}

/** The kernel's own messages, as dmesg prints them after boot (Linux and Solaris). */
export function kernelLines(f: BootFacts): string[] {
  const cpu = f.gen.cpuid;
  if (f.os === 'windows')
    return [`${f.id.distribution}`, `Version ${f.id.kernelRelease} ${f.id.kernelVersion}`, `${f.hw.systemVendor} ${f.hw.systemProduct}`, `${f.cpus} processor(s), ${f.memoryMiB} MB`];
  if (f.os === 'solaris')
    return [
      `SunOS Release ${f.id.kernelRelease} Version ${f.id.kernelVersion} 64-bit`,
      // As Solaris 10's 2008 kernels print it (os-identity.ts has the release).
      'Copyright 1983-2008 Sun Microsystems, Inc.  All rights reserved.',
      'Use is subject to license terms.',
      `${f.hw.systemVendor} ${f.hw.systemProduct}`,
      `mem = ${f.memoryMiB * 1024}K`,
      // Solaris writes the brand with "(r)", as its kstat cpu_info brand shows ("Intel(r) Xeon(r) CPU …").
      `cpu0: ${cpu.brand.replace(/\(R\)/g, '(r)')}`,
    ];
  const virt = f.hw.hypervisorVendor ? `Hypervisor detected: ${f.hw.hypervisorVendor}` : null;
  const lines = [
    linuxBanner(f.id.kernelRelease, f.id.kernelVersion, f.id.linux, true),
    f.paravirtual ? 'Booting paravirtualized kernel on Xen' : `DMI: ${f.hw.systemVendor} ${f.hw.systemProduct}`,
    ...(virt ? [virt] : []),
    `Memory: ${f.memoryMiB * 1024}k available`,
    cpuLine(f),
    `Total of ${f.cpus} processors activated`,
    `Calibrating delay loop... ${(cpu.mhz * 2).toFixed(2)} BogoMIPS`,
    `${f.hw.diskDriver}: ${f.hw.diskDevice}: ${f.hw.diskDevice}1 ${f.hw.diskDevice}2`,
    `${f.hw.nicDriver}: eth0: link up`,
    'EXT3-fs: mounted filesystem with ordered data mode.',
    'Freeing unused kernel memory: 200k freed',
  ];
  return f.id.linux?.printkTime === true ? lines.map((l, i) => `${kernelStamp(i * 0.137)} ${l}`) : lines;
}

/**
 * A Linux kernel's banner, its first message and /proc/version: "Linux version <release>
 * (<builder>) (gcc version …) <version>". dmesg's adds what the kernel appends after it
 * (Ubuntu's own version); /proc/version's does not.
 */
export function linuxBanner(release: string, version: string, kernel: LinuxKernel | undefined, inDmesg: boolean): string {
  const build = kernel?.build ? `${kernel.build} ` : '';
  return `Linux version ${release} ${build}${version}${inDmesg ? (kernel?.bannerTail ?? '') : ''}`;
}

/**
 * The boot processor as the kernel names it: its CPUID brand string, then its stepping
 * ("CPU0: Intel(R) Xeon(TM) CPU 2.80GHz stepping 09", 2.6 kernels) or, from the 4.x kernels,
 * family, model and stepping ("smpboot: CPU0: … (family: 0x6, model: 0x5e, stepping: 0x3)").
 */
function cpuLine(f: BootFacts): string {
  const c = f.gen.cpuid;
  const hex = (n: number): string => n.toString(16);
  if (Number(f.id.kernelRelease.split('.')[0]) >= 4) return `smpboot: CPU0: ${c.brand} (family: 0x${hex(c.family)}, model: 0x${hex(c.model)}, stepping: 0x${hex(c.stepping)})`;
  return `CPU0: ${c.brand} stepping ${hex(c.stepping).padStart(2, '0')}`;
}

/** Kernel messages as the kernel keeps them: without their [seconds] stamps where its build prints none. */
export function printkStamped(lines: readonly string[], id: OsIdentity): string[] {
  return id.linux?.printkTime === false ? lines.map((l) => l.replace(/^\[[ \d.]+\] /, '')) : [...lines];
}

/** A Linux printk timestamp: seconds since the kernel booted, as `[   12.345678]`. */
export function kernelStamp(seconds: number): string {
  return `[${seconds.toFixed(6).padStart(12)}]`;
}

function serviceLines(f: BootFacts): string[] {
  switch (f.os) {
    case 'linux':
      return ['INIT: version 2.86 booting', 'Starting udev:                                             [  OK  ]', 'Bringing up interface eth0:                               [  OK  ]', 'Starting syslogd:                                         [  OK  ]', 'Starting sshd:                                            [  OK  ]', 'Starting crond:                                           [  OK  ]'];
    case 'windows':
      return ['Applying computer settings...', 'Preparing network connections...', 'Press Ctrl-Alt-Delete to begin.'];
    case 'solaris':
      return [`Hostname: ${f.hostname}`, 'NIS domain name is not set', 'Configuring devices.', `${f.hostname} console login: root (automatic)`];
  }
}
