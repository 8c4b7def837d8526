/**
 * The Linux kernels the machines of each era boot, as real builds: `uname -r` and `-v`, and
 * the builder and compiler their boot banner ("Linux version …", also /proc/version) names,
 * each quoted from a log of that very build (sources beside each). Which one a machine runs
 * depends on what it is: a distribution's own kernel, a Xen dom0 or paravirtual guest kernel
 * of the Xen release its era runs (consoles/xen-release.ts), or an OpenVZ host kernel.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';

export interface LinuxKernel {
  readonly release: string;
  /** `uname -v`: build number, SMP, and when it was built. */
  readonly version: string;
  /** Who built it and with what, as the banner prints it between release and version; null where no banner of it is on record. */
  readonly build: string | null;
  /** What dmesg's banner adds after the version (Ubuntu's own version), '' for none; /proc/version leaves it out. */
  readonly bannerTail: string;
  readonly arch: string;
  /**
   * Its messages carry [seconds] stamps: CONFIG_PRINTK_TIME, which 2.6.11 added, is off in the
   * 2.6.9–2.6.32 enterprise kernels (their dmesg in the logs below has none) and on in Ubuntu's.
   */
  readonly printkTime: boolean;
}

export interface LinuxSystem {
  readonly kernel: LinuxKernel;
  readonly distribution: string;
}

/** RHEL 4's first SMP kernel: "Linux version 2.6.9-5.ELsmp (bhcompile@decompose.build.redhat.com) (gcc version 3.4.3 20041212 (Red Hat 3.4.3-9.EL4)) #1 SMP Wed Jan 5 19:30:39 EST 2005" (a RHEL 4 /var/log/messages in public code). */
const RHEL4_SMP: LinuxKernel = {
  release: '2.6.9-5.ELsmp',
  version: '#1 SMP Wed Jan 5 19:30:39 EST 2005',
  build: '(bhcompile@decompose.build.redhat.com) (gcc version 3.4.3 20041212 (Red Hat 3.4.3-9.EL4))',
  bannerTail: '',
  arch: 'i686',
  printkTime: false,
};

/** RHEL 5.0's: "Linux version 2.6.18-8.el5 (brewbuilder@ls20-bc2-14.build.redhat.com) (gcc version 4.1.1 20070105 (Red Hat 4.1.1-52)) #1 SMP Fri Jan 26 14:15:21 EST 2007" (two RHEL 5 logs), an i686 build ("… 2007 i686", Red Hat's LVM guide). */
const RHEL5: LinuxKernel = {
  release: '2.6.18-8.el5',
  version: '#1 SMP Fri Jan 26 14:15:21 EST 2007',
  build: '(brewbuilder@ls20-bc2-14.build.redhat.com) (gcc version 4.1.1 20070105 (Red Hat 4.1.1-52))',
  bannerTail: '',
  arch: 'i686',
  printkTime: false,
};

/** CentOS 6.0's: "Linux version 2.6.32-71.el6.x86_64 (mockbuild@c6b6.centos.org) (gcc version 4.4.4 20100726 (Red Hat 4.4.4-13) (GCC) ) #1 SMP Fri May 20 03:51:51 BST 2011" (RHEL 6.0's names the same gcc). */
const CENTOS6: LinuxKernel = {
  release: '2.6.32-71.el6.x86_64',
  version: '#1 SMP Fri May 20 03:51:51 BST 2011',
  build: '(mockbuild@c6b6.centos.org) (gcc version 4.4.4 20100726 (Red Hat 4.4.4-13) (GCC) )',
  bannerTail: '',
  arch: 'x86_64',
  printkTime: false,
};

/** Ubuntu 16.04's: "[    0.000000] Linux version 4.4.0-21-generic (buildd@lgw01-21) (gcc version 5.3.1 20160413 (Ubuntu 5.3.1-14ubuntu2) ) #37-Ubuntu SMP Mon Apr 18 18:33:37 UTC 2016 (Ubuntu 4.4.0-21.37-generic 4.4.6)" (dmesg in several public logs; their /proc/version ends at "2016"). */
const UBUNTU_1604: LinuxKernel = {
  release: '4.4.0-21-generic',
  version: '#37-Ubuntu SMP Mon Apr 18 18:33:37 UTC 2016',
  build: '(buildd@lgw01-21) (gcc version 5.3.1 20160413 (Ubuntu 5.3.1-14ubuntu2) )',
  bannerTail: ' (Ubuntu 4.4.0-21.37-generic 4.4.6)',
  arch: 'x86_64',
  printkTime: true,
};

/** The distribution and kernel a server of each era ran. */
export const LINUX_BY_ERA: Readonly<Record<CpuGenerationId, LinuxSystem>> = {
  'netburst-2003': { kernel: RHEL4_SMP, distribution: 'Red Hat Enterprise Linux AS release 4 (Nahant)' },
  'core2-2006': { kernel: RHEL5, distribution: 'Red Hat Enterprise Linux Server release 5 (Tikanga)' },
  'nehalem-2009': { kernel: CENTOS6, distribution: 'CentOS release 6.0 (Final)' },
  'skylake-2015': { kernel: UBUNTU_1604, distribution: 'Ubuntu 16.04 LTS' },
};

/**
 * SLES 10 SP1 shipped Xen 3.0.4 (xen-3.0.4_13138) with the 2.6.16.46-0.12 kernels, its dom0
 * one "2.6.16.46-0.12-xen" (a SUSE package changelog of May 2007). Its flavours share one build:
 * "2.6.16.46-0.12-smp #1 SMP Thu May 17 14:00:09 UTC 2007" (several uname -a on record), and SUSE's
 * 2.6.16 kernels of the time name "(geeko@buildhost) (gcc version 4.1.2 20070115 (prerelease) (SUSE Linux))".
 */
function sles10sp1Xen(arch: string): LinuxKernel {
  return {
    release: '2.6.16.46-0.12-xen',
    version: '#1 SMP Thu May 17 14:00:09 UTC 2007',
    build: '(geeko@buildhost) (gcc version 4.1.2 20070115 (prerelease) (SUSE Linux))',
    bannerTail: '',
    arch,
    printkTime: false,
  };
}

/**
 * RHEL 5.5's Xen kernel, the dom0 kernel Xen 3.4 hosts of 2010 ran (RHEL 6 has no dom0 support):
 * "2.6.18-194.el5xen #1 SMP Tue Mar 16 22:08:06 EDT 2010 i686" (a MongoDB build log); that release's
 * i686 builds name "(mockbuild@x86-007.build.bos.redhat.com) (gcc version 4.1.2 20080704 (Red Hat 4.1.2-48))".
 */
const RHEL55_XEN: LinuxKernel = {
  release: '2.6.18-194.el5xen',
  version: '#1 SMP Tue Mar 16 22:08:06 EDT 2010',
  build: '(mockbuild@x86-007.build.bos.redhat.com) (gcc version 4.1.2 20080704 (Red Hat 4.1.2-48))',
  bannerTail: '',
  arch: 'i686',
  printkTime: false,
};

/**
 * Xen's dom0 by the Xen release of each era: SLES 10 SP1 for 3.0.4, RHEL 5.5 for 3.4.3, and for
 * 4.4 Ubuntu 16.04, whose mainline kernel runs as dom0 itself (pvops dom0 since Linux 3.0).
 */
export const XEN_DOM0_BY_ERA: Readonly<Record<CpuGenerationId, LinuxSystem>> = {
  'netburst-2003': { kernel: sles10sp1Xen('i686'), distribution: 'SUSE Linux Enterprise Server 10 (i586)' },
  'core2-2006': { kernel: sles10sp1Xen('x86_64'), distribution: 'SUSE Linux Enterprise Server 10 (x86_64)' },
  'nehalem-2009': { kernel: RHEL55_XEN, distribution: 'Red Hat Enterprise Linux Server release 5.5 (Tikanga)' },
  'skylake-2015': { kernel: UBUNTU_1604, distribution: 'Ubuntu 16.04 LTS' },
};

/**
 * The kernel a paravirtual guest boots: under Xen 3.0.4 its dom0's (xm create's kernel= names a
 * file of dom0; RHEL 4 and 5.0 ship no kernel for it to use instead), and from CentOS 6 on the
 * distribution's own, which boots paravirtualized unchanged.
 */
export const XEN_GUEST_BY_ERA: Readonly<Record<CpuGenerationId, LinuxKernel>> = {
  'netburst-2003': XEN_DOM0_BY_ERA['netburst-2003'].kernel,
  'core2-2006': XEN_DOM0_BY_ERA['core2-2006'].kernel,
  'nehalem-2009': CENTOS6,
  'skylake-2015': UBUNTU_1604,
};

/**
 * OpenVZ kernels: the stab branch of each base kernel ("2.6.n-XXXstabYYY.z", OpenVZ wiki, Kernel
 * versioning): 023stab on RHEL 4's 2.6.9, 028stab on 2.6.18, 042stab on RHEL 6's 2.6.32. Each
 * uname -a is quoted from a user's post: "2.6.9-023stab032.1-enterprise #1 SMP Fri Oct 20 03:13:34
 * MSD 2006 i686", "2.6.18-028stab057.2 #1 SMP Mon Jul 21 15:33:04 MSD 2008 i686", "2.6.32-042stab063.2
 * #1 SMP Tue Oct 23 16:24:09 MSK 2012 x86_64"; Virtuozzo 7.3's "3.10.0-327.36.1.vz7.20.18 #1 SMP Tue
 * Dec 20 13:52:43 MSK 2016 x86_64" (a Nessus OS fingerprint, whose release file reads "Virtuozzo Linux
 * release 7.3"). No banner of them is on record.
 */
function openvz(release: string, version: string, arch: string): LinuxKernel {
  return { release, version, build: null, bannerTail: '', arch, printkTime: false };
}

/** The OpenVZ host of each era, on the distribution its kernel was built from. */
export const OPENVZ_BY_ERA: Readonly<Record<CpuGenerationId, LinuxSystem>> = {
  'netburst-2003': {
    kernel: openvz('2.6.9-023stab032.1-enterprise', '#1 SMP Fri Oct 20 03:13:34 MSD 2006', 'i686'),
    distribution: 'Red Hat Enterprise Linux AS release 4 (Nahant)',
  },
  'core2-2006': { kernel: openvz('2.6.18-028stab057.2', '#1 SMP Mon Jul 21 15:33:04 MSD 2008', 'i686'), distribution: 'Red Hat Enterprise Linux Server release 5 (Tikanga)' },
  'nehalem-2009': { kernel: openvz('2.6.32-042stab063.2', '#1 SMP Tue Oct 23 16:24:09 MSK 2012', 'x86_64'), distribution: 'CentOS release 6.0 (Final)' },
  'skylake-2015': { kernel: openvz('3.10.0-327.36.1.vz7.20.18', '#1 SMP Tue Dec 20 13:52:43 MSK 2016', 'x86_64'), distribution: 'Virtuozzo Linux release 7.3' },
};

/**
 * VMware ESX 3.0's service console, a Red Hat Enterprise Linux 3 derivative on a 2.4 kernel
 * (printk stamps came with 2.6.11). The release is the one this model always printed; no banner
 * of it is on record.
 */
export const ESX3_SERVICE_CONSOLE: LinuxSystem = {
  kernel: { release: '2.4.21-47.0.1.ELvmnix', version: '#1 Wed Apr 11 2007', build: null, bannerTail: '', arch: 'i686', printkTime: false },
  distribution: 'VMware ESX Server 3',
};
