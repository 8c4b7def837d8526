/**
 * Who a machine says it is: kernel release, distribution, and what it can tell about the
 * virtualization under it — as the real systems of each era report. A container has no
 * kernel of its own, so it reports its host's.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import type { OsId } from './os-families.ts';

export interface OsIdentity {
  readonly osName: string;
  readonly kernelRelease: string;
  readonly kernelVersion: string;
  readonly distribution: string;
  readonly arch: string;
}

/** The Linux of each hardware era: the enterprise kernel a server of that year ran. */
const LINUX_BY_ERA: Readonly<Record<CpuGenerationId, { release: string; version: string; distribution: string; arch: string }>> = {
  'netburst-2003': { release: '2.6.9-5.EL', version: '#1 SMP Wed Jan 5 19:30:39 EST 2005', distribution: 'Red Hat Enterprise Linux AS release 4 (Nahant)', arch: 'i686' },
  'core2-2006': { release: '2.6.18-8.el5', version: '#1 SMP Thu Mar 15 19:46:53 EDT 2007', distribution: 'CentOS release 5 (Final)', arch: 'x86_64' },
  'nehalem-2009': { release: '2.6.32-71.el6.x86_64', version: '#1 SMP Fri Nov 12 04:17:17 GMT 2010', distribution: 'CentOS Linux release 6.0 (Final)', arch: 'x86_64' },
  'skylake-2015': { release: '4.4.0-21-generic', version: '#37-Ubuntu SMP Mon Apr 18 18:33:37 UTC 2016', distribution: 'Ubuntu 16.04 LTS', arch: 'x86_64' },
};

/**
 * The identity of an OS on a given era's hardware. `kernelFlavour` is appended to a
 * Linux release for a kernel built for a hypervisor ("xen" for a paravirtual guest or
 * dom0) or a container host ("stab" for OpenVZ/Virtuozzo's patched kernel).
 */
export function osIdentity(os: OsId, era: CpuGenerationId, kernelFlavour: '' | 'xen' | 'stab' = ''): OsIdentity {
  switch (os) {
    case 'linux': {
      const l = LINUX_BY_ERA[era];
      const release = kernelFlavour === 'xen' ? `${l.release}xen` : kernelFlavour === 'stab' ? `${l.release.split('-')[0] ?? l.release}-028stab053.10` : l.release;
      return { osName: 'Linux', kernelRelease: release, kernelVersion: l.version, distribution: l.distribution, arch: l.arch };
    }
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
