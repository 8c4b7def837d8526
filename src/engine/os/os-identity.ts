/**
 * Who a machine says it is: kernel release, distribution, and what it can tell about the
 * virtualization under it — as the real systems of each era report. A container has no
 * kernel of its own, so it reports its host's. The Linux kernels are real builds: their
 * uname strings and boot banners are quoted from logs in linux-kernels.ts.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import type { OsId } from './os-families.ts';
import { LINUX_BY_ERA, OPENVZ_BY_ERA, XEN_DOM0_BY_ERA, XEN_GUEST_BY_ERA, type LinuxKernel } from './linux-kernels.ts';

export interface OsIdentity {
  readonly osName: string;
  readonly kernelRelease: string;
  readonly kernelVersion: string;
  readonly distribution: string;
  readonly arch: string;
  /** A Linux kernel's build (its banner, printk stamps); absent for Windows and Solaris. */
  readonly linux?: LinuxKernel;
}

/** Which kernel a Linux machine boots: the distribution's, a Xen dom0's or paravirtual guest's, or an OpenVZ host's. */
export type KernelFlavour = '' | 'xen-dom0' | 'xen' | 'stab';

/** The identity a Linux kernel and distribution give. */
export function linuxIdentity(kernel: LinuxKernel, distribution: string): OsIdentity {
  return { osName: 'Linux', kernelRelease: kernel.release, kernelVersion: kernel.version, distribution, arch: kernel.arch, linux: kernel };
}

function linuxOf(era: CpuGenerationId, flavour: KernelFlavour): OsIdentity {
  switch (flavour) {
    case '':
      return linuxIdentity(LINUX_BY_ERA[era].kernel, LINUX_BY_ERA[era].distribution);
    case 'xen-dom0':
      return linuxIdentity(XEN_DOM0_BY_ERA[era].kernel, XEN_DOM0_BY_ERA[era].distribution);
    case 'xen':
      // A paravirtual guest keeps its own distribution on the kernel it boots under Xen.
      return linuxIdentity(XEN_GUEST_BY_ERA[era], LINUX_BY_ERA[era].distribution);
    case 'stab':
      return linuxIdentity(OPENVZ_BY_ERA[era].kernel, OPENVZ_BY_ERA[era].distribution);
  }
}

/**
 * The identity of an OS on a given era's hardware. `kernelFlavour` picks a Linux kernel built
 * for a hypervisor (a Xen dom0, a Xen paravirtual guest) or a container host (OpenVZ's "stab").
 */
export function osIdentity(os: OsId, era: CpuGenerationId, kernelFlavour: KernelFlavour = ''): OsIdentity {
  switch (os) {
    case 'linux':
      return linuxOf(era, kernelFlavour);
    case 'windows':
      return {
        osName: 'Microsoft Windows [Version 5.2.3790]',
        kernelRelease: '5.2.3790',
        kernelVersion: 'Service Pack 2',
        // The x64 edition on the 64-bit servers, as systeminfo names it ("x64-based PC").
        distribution: era === 'netburst-2003' ? 'Microsoft(R) Windows(R) Server 2003, Standard Edition' : 'Microsoft(R) Windows(R) Server 2003, Standard x64 Edition',
        arch: era === 'netburst-2003' ? 'x86' : 'x64',
      };
    case 'solaris':
      // Solaris 10 5/08 (update 5), the first with a zone CPU cap: "In the Solaris 10 5/08 release, [zone.cpu-cap]
      // sets an absolute limit on the amount of CPU resources that can be consumed by a zone" (Oracle, Solaris
      // Containers Developer's Guide, "Zone-Wide Resource Controls"). zonecfg shows each zone's capped-cpu.
      return {
        osName: 'SunOS',
        kernelRelease: '5.10',
        kernelVersion: 'Generic_127128-11',
        distribution: 'Solaris 10 5/08 s10x_u5wos_10 X86',
        arch: 'i86pc',
      };
  }
}
