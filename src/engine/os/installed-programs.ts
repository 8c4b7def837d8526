/**
 * Where the installed system keeps each program its shell runs, so `which` and `ls /bin` find
 * on disk what typing the name runs: a CentOS/Debian 2.6 system's /bin, /sbin, /usr/bin and
 * /usr/sbin (the locally built benchmarks in /usr/local/bin, on root's PATH), and Solaris 10's
 * /usr/bin and /usr/sbin. The shell's builtins (cd, echo, export, exit, kill, pwd, true…) have
 * no file here.
 *
 * Simplified: each program is a zero-length stand-in (the shell is what runs it), so it adds
 * nothing to df's used space; on Solaris the ported benchmarks and make sit in /usr/bin, the
 * only directories root's PATH has, rather than /opt/sfw/bin or /usr/ccs/bin.
 */
import type { ConsoleFlavour } from '../consoles/products.ts';
import type { OsId } from './os-families.ts';

type ProgramDirs = Readonly<Record<string, readonly string[]>>;

/** The benchmarks and load generators the labs run, built from source on the guest. */
const BENCHMARKS = ['fio', 'forkwait', 'iperf', 'lat_ctx', 'lat_mmap', 'lat_pagefault', 'lat_proc', 'lat_syscall', 'lmbench', 'netperf', 'stress-ng', 'sysbench', 'ttcp'];

const LINUX_PROGRAMS: ProgramDirs = {
  '/bin': ['cat', 'date', 'dd', 'df', 'dmesg', 'egrep', 'grep', 'hostname', 'ls', 'mkdir', 'more', 'mount', 'ping', 'ps', 'rm', 'sleep', 'sync', 'touch', 'uname'],
  '/sbin': ['ifconfig', 'ip', 'lsmod', 'lspci', 'route'],
  '/usr/bin': ['clear', 'env', 'free', 'head', 'id', 'iostat', 'lscpu', 'make', 'nproc', 'tail', 'top', 'uptime', 'vmstat', 'wc', 'which', 'whoami'],
  '/usr/sbin': ['brctl', 'virt-what'],
  '/usr/local/bin': BENCHMARKS,
};

const SOLARIS_PROGRAMS: ProgramDirs = {
  '/usr/bin': [
    'cat', 'clear', 'date', 'dd', 'egrep', 'env', 'grep', 'head', 'hostname', 'id', 'iostat', 'ls', 'make', 'mkdir', 'more', 'prstat', 'ps', 'rm', 'sleep', 'sync', 'tail', 'touch',
    'uname', 'uptime', 'vmstat', 'wc', 'which', 'whoami', 'zonename', ...BENCHMARKS,
  ],
  '/usr/sbin': ['df', 'dmesg', 'ifconfig', 'ping', 'prtconf', 'psrinfo', 'swap', 'zoneadm'],
};

/**
 * Where each product's management tools are installed on the host that runs them (its
 * packages' layouts: Xen's tools and OpenVZ's vzctl in /usr/sbin, libvirt's virsh, Docker,
 * VirtualBox and VMware's vmware-cmd in /usr/bin, ESX's service console its esxcfg-* in
 * /usr/sbin, Solaris' zone tools in /usr/sbin), so `which xm` finds what typing xm runs.
 * Virtual Server's host is Windows: no which.
 */
const MANAGEMENT_TOOLS: Readonly<Record<ConsoleFlavour, readonly string[]>> = {
  'vmware-hosted': ['/usr/bin/vmware-cmd'],
  virtualbox: ['/usr/bin/VBoxManage'],
  'virtual-server': [],
  xen: ['/usr/sbin/xm', '/usr/sbin/xentop'],
  esx: ['/usr/bin/vmware-cmd', '/usr/bin/esxtop', '/usr/sbin/esxcfg-vswitch', '/usr/sbin/esxcfg-nics', '/usr/bin/vmware'],
  kvm: ['/usr/bin/virsh'],
  zones: ['/usr/sbin/zoneadm', '/usr/sbin/zonecfg', '/usr/sbin/zlogin', '/usr/bin/rcapstat'],
  virtuozzo: ['/usr/sbin/vzctl', '/usr/sbin/vzlist', '/usr/sbin/vzmigrate'],
  docker: ['/usr/bin/docker'],
};

/** The management tools of a product's console, by absolute path (none without a product). */
export function managementTools(flavour: ConsoleFlavour | undefined): readonly string[] {
  return flavour === undefined ? [] : MANAGEMENT_TOOLS[flavour];
}

/** Directories that hold programs: their files list as executable. */
export const PROGRAM_DIRS: ReadonlySet<string> = new Set([...Object.keys(LINUX_PROGRAMS), ...Object.keys(SOLARIS_PROGRAMS)]);

/**
 * systemd reached the distributions here with Ubuntu 15.04 and Red Hat Enterprise Linux 7 (and
 * its rebuilds, Virtuozzo Linux 7 among them): RHEL 4–6, SLES 10 and ESX's service console
 * have no systemd-detect-virt.
 */
export function hasSystemd(distribution: string): boolean {
  return /^Ubuntu (1[5-9]|[2-9]\d)\./.test(distribution) || / release 7/.test(distribution);
}

/** The absolute paths of the programs `family`'s `distribution` has installed. */
export function installedPrograms(family: OsId, distribution: string): readonly string[] {
  const dirs: ProgramDirs = family === 'solaris' ? SOLARIS_PROGRAMS : family === 'linux' ? LINUX_PROGRAMS : {};
  const paths = Object.entries(dirs).flatMap(([dir, names]) => names.map((name) => `${dir}/${name}`));
  return family === 'linux' && hasSystemd(distribution) ? [...paths, '/usr/bin/systemd-detect-virt'] : paths;
}
