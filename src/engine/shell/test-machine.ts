/**
 * A fake Machine for tests: fixed, plausible figures for a small 2008-era server (a CentOS 5
 * guest by default; Windows Server 2003 or Solaris 10 by `family`), a clock the test moves
 * with `setNow`, and an in-memory file system. Anything can be overridden.
 */
import type { FileStat, FileSystem, FsResult } from '../os/filesystem.ts';
import type { Machine, ProcessInfo, TaskHandle, TaskSpec } from '../os/machine.ts';
import { NO_COUNTS } from '../os/kernel-counters.ts';
import type { OsId } from '../os/os-families.ts';
import { isIpv4 } from './linux/ipv4.ts';

/** The test machines' calendar starts at midnight UTC, Monday 1 January 2007. */
export const TEST_EPOCH_UNIX_S = 1_167_609_600;

export interface TestMachine extends Machine {
  /** Sets virtual time, ns. */
  setNow(nowNs: number): void;
}

export interface TestMachineOptions extends Partial<Machine> {
  /** Files to create, path → content; parent directories are made as needed. */
  readonly files?: Readonly<Record<string, string>>;
  readonly nowNs?: number;
}

const IDENTITY: Record<OsId, Pick<Machine, 'osName' | 'kernelRelease' | 'kernelVersion' | 'distribution' | 'arch'>> = {
  linux: {
    osName: 'Linux',
    kernelRelease: '2.6.18-92.el5',
    kernelVersion: '#1 SMP Tue Jun 10 18:51:06 EDT 2008',
    distribution: 'CentOS release 5.2 (Final)',
    arch: 'x86_64',
  },
  windows: {
    osName: 'Microsoft Windows [Version 5.2.3790]',
    kernelRelease: '5.2.3790',
    kernelVersion: 'Service Pack 2',
    distribution: 'Microsoft Windows Server 2003 R2 Standard Edition',
    arch: 'x86',
  },
  solaris: {
    osName: 'SunOS',
    kernelRelease: '5.10',
    kernelVersion: 'Generic_137137-09',
    distribution: 'Solaris 10 5/08 s10x_u5wos_10 X86',
    arch: 'i86pc',
  },
};

/** The files every test machine of the family has: a Linux console login shows /etc/issue. */
const DEFAULT_FILES: Record<OsId, Readonly<Record<string, string>>> = {
  linux: { '/etc/issue': 'CentOS release 5.2 (Final)\nKernel \\r on an \\m\n\n' },
  windows: {},
  solaris: {},
};

const DEFAULT_DIRS: Record<OsId, readonly string[]> = {
  linux: ['/root', '/etc', '/tmp', '/var/log', '/proc'],
  windows: ['/WINDOWS/system32', '/Documents and Settings/Administrator', '/Program Files'],
  solaris: ['/etc', '/tmp', '/var/adm', '/export/home'],
};

export function createTestMachine(options: TestMachineOptions = {}): TestMachine {
  const { files = {}, nowNs = 0, ...overrides } = options;
  const family = overrides.family ?? 'linux';
  let now = nowNs;
  const fs = new MapFileSystem();
  for (const dir of DEFAULT_DIRS[family]) fs.mkdirs(dir);
  for (const [path, content] of Object.entries({ ...DEFAULT_FILES[family], ...files })) {
    fs.mkdirs(path.slice(0, path.lastIndexOf('/')) || '/');
    fs.write(path, content, false, 0);
  }
  const processes: ProcessInfo[] = [
    { pid: 1, ppid: 0, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 1.2e9, memKiB: 628, command: 'init [3]', startedNs: 0 },
    { pid: 2301, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 4e7, memKiB: 1460, command: 'bash', startedNs: 0 },
  ];
  const setNow = (ns: number): void => {
    now = ns;
  };
  const base: TestMachine = {
    hostname: 'testbox',
    family,
    ...IDENTITY[family],
    role: 'guest',
    fs,
    now: () => now,
    epochUnixS: TEST_EPOCH_UNIX_S,
    setNow,
    bootedAtNs: () => 0,
    cpu: () => ({
      model: 'Intel(R) Xeon(R) CPU           E5345  @ 2.33GHz',
      mhz: 2333,
      count: 2,
      hypervisorVendor: null,
      virtualizationType: null,
      flags: ['fpu', 'vme', 'de', 'pse', 'tsc', 'msr', 'pae', 'mce', 'cx8', 'apic', 'sep', 'mtrr', 'pge', 'cmov', 'sse', 'sse2', 'vmx', 'lm'],
    }),
    virtualization: () => 'none',
    memory: () => ({ totalKiB: 1_048_576, freeKiB: 636_232, buffersKiB: 31_200, cachedKiB: 201_560, swapTotalKiB: 2_097_144, swapFreeKiB: 2_097_144 }),
    cpuTimes: () => ({ user: now * 0.1, system: now * 0.05, idle: now * 1.85, iowait: 0, steal: 0 }),
    kernelCounters: () => NO_COUNTS,
    processes: () => processes,
    loadAverage: () => [0.08, 0.03, 0.01],
    disks: () => [{ filesystem: '/dev/sda1', type: 'ext3', sizeKiB: 8_256_952, usedKiB: 2_143_880, mount: '/' }],
    interfaces: () => [{ name: 'eth0', ipv4: '10.0.0.2', prefix: 24, mac: '00:16:3e:12:34:56' }],
    board: () => ({ vendor: 'Dell Inc.', product: 'PowerEdge 2950' }),
    pciDevices: () => [],
    kernelLog: () => ['Linux version 2.6.18-92.el5 (mockbuild@builder10.centos.org)', 'Memory: 1024000k/1048576k available'],
    kill: (pid) => (processes.some((p) => p.pid === pid) ? null : 'No such process'),
    // Every name answers in 0.25 ms, except ones containing "unreachable".
    pingRttNs: (target) => (target.includes('unreachable') ? null : 250_000),
    // Every name is on 10.0.0.20 (an address, on itself), a Linux machine.
    lookupHost: (name) => (name.includes('unreachable') ? null : { address: isIpv4(name) ? name : '10.0.0.20', ttl: 64 }),
    startTask: (spec) => fakeTask(spec, () => now),
  };
  return { ...base, ...overrides, setNow };
}

/** A task that completes 1000 transactions per virtual second. */
function fakeTask(spec: TaskSpec, clock: () => number): TaskHandle {
  const started = clock();
  let cancelledAt: number | null = null;
  const elapsed = (): number => {
    const end = cancelledAt ?? clock();
    return Math.min(end - started, spec.maxDurationNs ?? Infinity);
  };
  return {
    progress: () => {
      const elapsedNs = elapsed();
      const transactions = Math.min(Math.floor(elapsedNs / 1e6), spec.maxTransactions ?? Infinity);
      const done =
        cancelledAt !== null || transactions === spec.maxTransactions || elapsedNs === spec.maxDurationNs;
      return { done, transactions, unit: 'ops/s', elapsedNs, cpuNsByLayer: { guest: elapsedNs }, latencyMs: { p50: 1, p99: 5 } };
    },
    cancel: () => {
      cancelledAt ??= clock();
    },
  };
}

interface Entry {
  readonly kind: 'file' | 'dir';
  readonly content: string;
  readonly modifiedNs: number;
}

const NO_ENTRY = 'No such file or directory';

/** Paths → entries; enough of a file system for shell tests. */
class MapFileSystem implements FileSystem {
  private readonly entries = new Map<string, Entry>([['/', { kind: 'dir', content: '', modifiedNs: 0 }]]);

  mkdirs(path: string): void {
    let prefix = '';
    for (const part of path.split('/').filter((p) => p !== '')) {
      prefix += '/' + part;
      if (!this.entries.has(prefix)) this.entries.set(prefix, { kind: 'dir', content: '', modifiedNs: 0 });
    }
  }

  stat(path: string): FileStat | null {
    const entry = this.entries.get(path);
    return entry === undefined ? null : { kind: entry.kind, size: entry.content.length, modifiedNs: entry.modifiedNs };
  }

  list(path: string): FsResult<readonly string[]> {
    const entry = this.entries.get(path);
    if (entry === undefined) return fail(NO_ENTRY);
    if (entry.kind !== 'dir') return fail('Not a directory');
    return { ok: true, value: this.children(path).sort() };
  }

  read(path: string): FsResult<string> {
    const entry = this.entries.get(path);
    if (entry === undefined) return fail(NO_ENTRY);
    if (entry.kind === 'dir') return fail('Is a directory');
    return { ok: true, value: entry.content };
  }

  write(path: string, content: string, append: boolean, nowNs: number): FsResult<void> {
    const existing = this.entries.get(path);
    if (existing?.kind === 'dir') return fail('Is a directory');
    if (this.entries.get(parentOf(path))?.kind !== 'dir') return fail(NO_ENTRY);
    const before = append && existing !== undefined ? existing.content : '';
    this.entries.set(path, { kind: 'file', content: before + content, modifiedNs: nowNs });
    return { ok: true, value: undefined };
  }

  mkdir(path: string, nowNs: number): FsResult<void> {
    if (this.entries.has(path)) return fail('File exists');
    if (this.entries.get(parentOf(path))?.kind !== 'dir') return fail(NO_ENTRY);
    this.entries.set(path, { kind: 'dir', content: '', modifiedNs: nowNs });
    return { ok: true, value: undefined };
  }

  remove(path: string, recursive: boolean): FsResult<void> {
    if (path === '/' || !this.entries.has(path)) return fail(path === '/' ? 'Device or resource busy' : NO_ENTRY);
    if (this.children(path).length > 0 && !recursive) return fail('Directory not empty');
    for (const key of [...this.entries.keys()]) if (key === path || key.startsWith(path + '/')) this.entries.delete(key);
    return { ok: true, value: undefined };
  }

  usedBytes(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.content.length;
    return total;
  }

  private children(path: string): string[] {
    const prefix = path === '/' ? '/' : path + '/';
    const names: string[] = [];
    for (const key of this.entries.keys()) {
      if (key !== '/' && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.push(key.slice(prefix.length));
    }
    return names;
  }
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function fail(error: string): { readonly ok: false; readonly error: string } {
  return { ok: false, error };
}
