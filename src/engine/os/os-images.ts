/**
 * The initial file tree of each operating system family: the handful of files and
 * directories a student looks at (release files, passwd, home directories, logs), laid
 * out as a CentOS/Debian 2.6 system, Windows Server 2003 (C:\ is `/`) and Solaris 10.
 *
 * Containers share one frozen image per (family, distribution) and each gets its own
 * upper layer over it, so one container's files are invisible to the others.
 * /bin, /usr/bin and the like hold a stand-in for each program the shell runs (installed-programs.ts).
 */
import { installedPrograms } from './installed-programs.ts';
import { hostRootDevice } from './machine-support.ts';
import type { OsId } from './os-families.ts';
import { MemoryFileSystem } from './memory-filesystem.ts';

export interface ImageParams {
  readonly hostname: string;
  /** e.g. "CentOS release 5.2 (Final)", "Windows Server 2003, Standard Edition", "Solaris 10 8/07 s10x_u4wos_12b X86". */
  readonly distribution: string;
  /** A management host's product tools, absolute paths (installed-programs.ts), beside the OS's own programs. */
  readonly tools?: readonly string[];
  /** Modification time of every file, ns of virtual time (default 0). */
  readonly nowNs?: number;
  /**
   * The root file system's block device as the kernel names it (`/dev/xvda1` on a Xen PV guest,
   * `/dev/vda1` under virtio, `/dev/hda1` on emulated IDE), for /etc/fstab; default the
   * physical server's (machine-support.ts).
   */
  readonly rootDevice?: string;
}

/** The hostname an image carries before a container gives it its own. */
const IMAGE_HOSTNAME = 'localhost';

/** Creates a directory and its missing parents. */
function mkdirs(fs: MemoryFileSystem, path: string, nowNs: number): void {
  let at = '';
  for (const part of path.split('/').filter((p) => p !== '')) {
    at += '/' + part;
    if (fs.stat(at) === null) fs.mkdir(at, nowNs);
  }
}

/** The installed programs' stand-ins, path → (empty) content. */
function programFiles(family: OsId, distribution: string, tools: readonly string[] = []): Record<string, string> {
  return Object.fromEntries([...installedPrograms(family, distribution), ...tools].map((path) => [path, '']));
}

/** Builds a tree from directories and files (parents created as needed). */
function buildTree(dirs: readonly string[], files: Readonly<Record<string, string>>, nowNs: number): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const dir of dirs) mkdirs(fs, dir, nowNs);
  for (const [path, content] of Object.entries(files)) {
    mkdirs(fs, path.slice(0, path.lastIndexOf('/')), nowNs);
    fs.write(path, content, false, nowNs);
  }
  return fs;
}

const LINUX_DIRS = [
  '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/mnt', '/opt', '/proc', '/root', '/sbin', '/sys',
  '/tmp', '/usr/bin', '/usr/lib', '/usr/local', '/usr/sbin', '/usr/share', '/var/log', '/var/run', '/var/tmp',
];

const LINUX_PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'bin:x:1:1:bin:/bin:/sbin/nologin',
  'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
  'adm:x:3:4:adm:/var/adm:/sbin/nologin',
  'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin',
  'sync:x:5:0:sync:/sbin:/bin/sync',
  'mail:x:8:12:mail:/var/spool/mail:/sbin/nologin',
  'nobody:x:99:99:Nobody:/:/sbin/nologin',
  'sshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/sbin/nologin',
].join('\n') + '\n';

/** Red Hat family distributions (and Virtuozzo Linux, a rebuild of it) keep their name in /etc/redhat-release. */
function isRedHatFamily(distribution: string): boolean {
  return /^(red hat|centos|fedora|scientific|virtuozzo)/i.test(distribution);
}

/** /etc/os-release: os-release(5) came with systemd, so of the distributions here only Ubuntu 16.04 has one. */
function osRelease(distribution: string): string {
  const words = distribution.split(/\s+/).filter((w) => w !== '');
  const firstVersion = words.findIndex((w) => /\d/.test(w));
  const name = (firstVersion > 0 ? words.slice(0, firstVersion) : words).join(' ');
  const id = (words[0] ?? 'linux').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `PRETTY_NAME="${distribution}"\nNAME="${name}"\nID=${id}\n`;
}

/**
 * SLES 10 names itself in /etc/SuSE-release ("SUSE Linux Enterprise Server 10 (x86_64)",
 * VERSION, PATCHLEVEL) and greets a login with "Welcome to SUSE Linux Enterprise Server 10 SP1
 * (ia64) - Kernel \r (\l)." (/etc/issue as quoted in public code).
 */
function suseFiles(distribution: string): Record<string, string> {
  const arch = /\(([^)]+)\)/.exec(distribution)?.[1] ?? 'i586';
  return {
    '/etc/SuSE-release': `${distribution}\nVERSION = 10\nPATCHLEVEL = 1\n`,
    '/etc/issue': `\nWelcome to SUSE Linux Enterprise Server 10 SP1 (${arch}) - Kernel \\r (\\l).\n\n`,
  };
}

/** The files that say which distribution this is, and what a console login shows (/etc/issue). */
function releaseFiles(distribution: string): Record<string, string> {
  if (/^SUSE/.test(distribution)) return suseFiles(distribution);
  // Ubuntu's /etc/issue: "Ubuntu 16.04 LTS \n \l" (as a 16.04 machine's reads, quoted in public notes).
  if (/^Ubuntu/.test(distribution)) return { '/etc/os-release': osRelease(distribution), '/etc/issue': `${distribution} \\n \\l\n\n` };
  const issue = `${distribution}\nKernel \\r on an \\m\n\n`;
  return isRedHatFamily(distribution) ? { '/etc/redhat-release': distribution + '\n', '/etc/issue': issue } : { '/etc/issue': issue };
}

/** A Linux 2.6 system's tree. */
export function linuxImage(p: ImageParams): MemoryFileSystem {
  return buildTree(
    LINUX_DIRS,
    {
      ...programFiles('linux', p.distribution, p.tools),
      '/etc/hostname': p.hostname + '\n',
      ...releaseFiles(p.distribution),
      '/etc/passwd': LINUX_PASSWD,
      '/etc/group': 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nnobody:x:99:\n',
      '/etc/hosts': `127.0.0.1\tlocalhost.localdomain localhost\n`,
      '/etc/fstab': `${p.rootDevice ?? hostRootDevice('linux')}\t/\text3\tdefaults\t1 1\nproc\t/proc\tproc\tdefaults\t0 0\n`,
      '/root/.bashrc': '# .bashrc\nalias rm=\'rm -i\'\n',
      '/root/.bash_profile': '# .bash_profile\nPATH=$PATH:$HOME/bin\nexport PATH\n',
      '/var/log/messages': '',
    },
    p.nowNs ?? 0,
  );
}

/** A Windows Server 2003 system drive; C:\ is `/`. */
export function windowsImage(p: ImageParams): MemoryFileSystem {
  const bootIni = [
    '[boot loader]',
    'timeout=30',
    'default=multi(0)disk(0)rdisk(0)partition(1)\\WINDOWS',
    '[operating systems]',
    `multi(0)disk(0)rdisk(0)partition(1)\\WINDOWS="${p.distribution}" /noexecute=optout /fastdetect`,
    '',
  ].join('\n');
  return buildTree(
    [
      '/WINDOWS/system32/config',
      '/WINDOWS/Temp',
      '/Documents and Settings/Administrator/Desktop',
      '/Documents and Settings/Administrator/My Documents',
      '/Documents and Settings/Administrator/Start Menu',
      '/Documents and Settings/All Users/Desktop',
      '/Program Files/Common Files',
      '/Program Files/Internet Explorer',
    ],
    {
      '/boot.ini': bootIni,
      '/autoexec.bat': '',
      '/config.sys': '',
      '/WINDOWS/system32/drivers/etc/hosts': '127.0.0.1       localhost\n',
    },
    p.nowNs ?? 0,
  );
}

/** A Solaris 10 system's tree. */
export function solarisImage(p: ImageParams): MemoryFileSystem {
  const release = [
    `${' '.repeat(Math.max(0, Math.floor((68 - p.distribution.length) / 2)))}${p.distribution}`,
    // Solaris 10 5/08's, as its /etc/release reads (os-identity.ts has the release).
    '           Copyright 2008 Sun Microsystems, Inc.  All Rights Reserved.',
    '                        Use is subject to license terms.',
    '                             Assembled 24 March 2008',
    '',
  ].join('\n');
  return buildTree(
    ['/export/home', '/opt', '/usr/bin', '/usr/sbin', '/var/tmp', '/tmp', '/dev', '/proc', '/sbin', '/etc/zones'],
    {
      ...programFiles('solaris', p.distribution, p.tools),
      '/etc/release': release,
      '/etc/nodename': p.hostname + '\n',
      '/etc/passwd': 'root:x:0:0:Super-User:/:/sbin/sh\ndaemon:x:1:1::/:\nbin:x:2:2::/usr/bin:\nnobody:x:60001:60001:NFS Anonymous Access User:/:\n',
      '/etc/hosts': `127.0.0.1\tlocalhost\n`,
      '/etc/vfstab': '#device\t\tdevice\t\tmount\t\tFS\tfsck\tmount\tmount\n/proc\t\t-\t\t/proc\t\tproc\t-\tno\t-\n',
      '/var/adm/messages': '',
    },
    p.nowNs ?? 0,
  );
}

/** The tree of an installed system of `family`. */
export function osImage(family: OsId, p: ImageParams): MemoryFileSystem {
  switch (family) {
    case 'linux':
      return linuxImage(p);
    case 'windows':
      return windowsImage(p);
    case 'solaris':
      return solarisImage(p);
  }
}

/** The file that holds the host name, per family (Windows keeps it in the registry). */
const HOSTNAME_FILE: Readonly<Record<OsId, string | null>> = {
  linux: '/etc/hostname',
  windows: null,
  solaris: '/etc/nodename',
};

/** The file system each OS's installer puts on its disk (the Linux images' /etc/fstab says ext3). */
export const DISK_FS_TYPE: Readonly<Record<OsId, string>> = { linux: 'ext3', windows: 'NTFS', solaris: 'ufs' };

/**
 * What a sparse-root Solaris zone (the default in Solaris 10) inherits from the global zone
 * instead of copying: loop-back mounts, read-only in the zone (inherit-pkg-dir).
 */
export const SPARSE_ROOT_DIRS: readonly string[] = ['/lib', '/platform', '/sbin', '/usr'];

/**
 * A container's root: its own empty upper layer over the shared image (a Solaris zone's with
 * the global zone's system directories read-only). The container's host name is written into
 * the upper layer (Docker bind-mounts it instead), so `usedBytes()` starts at the length of
 * that one line.
 */
export function containerRootFs(image: MemoryFileSystem, family: OsId, hostname: string, nowNs: number): MemoryFileSystem {
  const fs = new MemoryFileSystem({ lower: image, readOnlyDirs: family === 'solaris' ? SPARSE_ROOT_DIRS : [] });
  const file = HOSTNAME_FILE[family];
  if (file !== null) fs.write(file, hostname + '\n', false, nowNs);
  return fs;
}

/** One frozen image per (family, distribution), shared by every container made from it. */
export class ImageStore {
  private readonly images = new Map<string, MemoryFileSystem>();

  get(family: OsId, distribution: string): MemoryFileSystem {
    const key = `${family}\u0000${distribution}`;
    let image = this.images.get(key);
    if (image === undefined) {
      image = osImage(family, { hostname: IMAGE_HOSTNAME, distribution }).freeze();
      this.images.set(key, image);
    }
    return image;
  }
}
