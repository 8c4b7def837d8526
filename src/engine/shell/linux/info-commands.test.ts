import { describe, expect, test } from 'vitest';
import { fakeContext, fakeMachine, runDone } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';
import { helpCommand } from '../common/help.ts';

function setup() {
  const m = fakeMachine('linux');
  const ctx = fakeContext(m, LINUX_COMMANDS);
  return { m, run: (line: string) => runDone(ctx, LINUX_COMMANDS, line) };
}

describe('uname and hostname', () => {
  test('uname -r prints machine.kernelRelease; -a all fields', () => {
    const { m, run } = setup();
    m.kernelRelease = '2.6.16.33-xen';
    expect(run('uname -r').output).toBe('2.6.16.33-xen\n');
    expect(run('uname').output).toBe('Linux\n');
    expect(run('uname -s -n -m').output).toBe('Linux web1 x86_64\n');
    expect(run('uname -v').output).toBe(`${m.kernelVersion}\n`);
    expect(run('uname -a').output).toBe(`Linux web1 2.6.16.33-xen ${m.kernelVersion} x86_64 x86_64 x86_64 GNU/Linux\n`);
  });

  test('uname refuses a bad option with status 1', () => {
    const r = setup().run('uname -z');
    expect(r.status).toBe(1);
    expect(r.output).toContain("invalid option -- 'z'");
  });

  test('hostname prints machine.hostname and will not change it', () => {
    const { m, run } = setup();
    m.hostname = 'db7.example.com';
    expect(run('hostname').output).toBe('db7.example.com\n');
    expect(run('hostname -s').output).toBe('db7\n');
    expect(run('hostname -i').output).toBe('10.0.0.5\n');
    expect(run('hostname other').status).toBe(1);
  });
});

describe('uptime', () => {
  test('measures from bootedAtNs to now and prints the load average', () => {
    const { m, run } = setup();
    m.bootNs = 0;
    m.nowNs = (2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1e9;
    m.load = [2, 1.25, 0.5];
    expect(run('uptime').output).toBe(' 03:04:05 up 2 days,  3:04,  1 user,  load average: 2.00, 1.25, 0.50\n');
    m.nowNs = 7 * 60e9;
    expect(run('uptime').output).toContain('up 7 min,');
  });
});

describe('free', () => {
  test('free -m shows machine.memory() in MiB', () => {
    const { m, run } = setup();
    m.mem = { totalKiB: 4096 * 1024, freeKiB: 1024 * 1024, buffersKiB: 512 * 1024, cachedKiB: 1536 * 1024, swapTotalKiB: 2048 * 1024, swapFreeKiB: 2000 * 1024 };
    const lines = run('free -m').output.split('\n');
    expect(lines[1]).toMatch(/^Mem: +4096 +3072 +1024 +0 +512 +1536$/);
    expect(lines[2]).toMatch(/^-\/\+ buffers\/cache: +1024 +3072$/);
    expect(lines[3]).toMatch(/^Swap: +2048 +48 +2000$/);
  });

  test('free shows KiB by default, -h human sizes, -t a total line', () => {
    const { m, run } = setup();
    expect(run('free').output).toContain(String(m.mem.totalKiB));
    expect(run('free -h').output).toMatch(/Mem: +2\.0G/);
    expect(run('free -t').output).toMatch(/\nTotal: +\d+/);
    expect(run('free -x').status).toBe(1);
  });
});

describe('df', () => {
  test('lists machine.disks() in 1K blocks, a long device on its own line', () => {
    const { run } = setup();
    const out = run('df').output;
    expect(out).toContain('/dev/mapper/VolGroup00-LogVol00\n                      37997096   3205600  34791496   9% /\n');
    expect(out).toContain('/dev/sda1               101086     12160     88926  13% /boot');
  });

  test('df -h gives human sizes', () => {
    const { m, run } = setup();
    m.disk = [{ filesystem: '/dev/xvda1', type: 'ext3', sizeKiB: 10 * 1024 * 1024, usedKiB: 2.5 * 1024 * 1024, mount: '/' }];
    expect(run('df -h').output).toContain('/dev/xvda1             10G  2.5G  7.5G  25% /');
  });
});

describe('dmesg and lscpu', () => {
  test('dmesg prints machine.kernelLog()', () => {
    const { m, run } = setup();
    m.log = ['Xen version 3.1.0 (preserve-AD)', 'Booting paravirtualized kernel on Xen'];
    expect(run('dmesg').output).toBe('Xen version 3.1.0 (preserve-AD)\nBooting paravirtualized kernel on Xen\n');
  });

  test('lscpu shows machine.cpu(): count, model, MHz, hypervisor', () => {
    const { m, run } = setup();
    m.cpuInfo = { model: 'AMD Opteron(tm) Processor 275', mhz: 2200, count: 4, hypervisorVendor: 'Xen', virtualizationType: 'para', flags: ['svm'] };
    const out = run('lscpu').output;
    expect(out).toContain('CPU(s):                4\n');
    expect(out).toContain('Model name:            AMD Opteron(tm) Processor 275\n');
    expect(out).toContain('CPU MHz:               2200.000\n');
    expect(out).toContain('Hypervisor vendor:     Xen\n');
    expect(out).toContain('Virtualization type:   para\n');
    expect(out).toContain('Virtualization:        AMD-V\n');
  });

  test('nproc counts machine.cpu(): a VM its vCPUs; --ignore leaves some out, never all', () => {
    const { m, run } = setup();
    m.cpuInfo = { ...m.cpuInfo, count: 4 };
    expect(run('nproc').output).toBe('4\n');
    expect(run('nproc --all').output).toBe('4\n');
    expect(run('nproc --ignore=1').output).toBe('3\n');
    expect(run('nproc --ignore 9').output).toBe('1\n');
    expect(run('nproc --ignore=x')).toMatchObject({ status: 1, output: "nproc: invalid number: 'x'\n" });
    expect(run('nproc -z').status).toBe(1);
  });

  test('lscpu on bare metal has no hypervisor lines', () => {
    const { m, run } = setup();
    m.cpuInfo = { ...m.cpuInfo, hypervisorVendor: null, virtualizationType: null };
    expect(run('lscpu').output).not.toContain('Hypervisor');
  });
});

describe('systemd-detect-virt and virt-what', () => {
  test('systemd-detect-virt prints machine.virtualization()', () => {
    const { m, run } = setup();
    m.distribution = 'Ubuntu 16.04 LTS';
    for (const virt of ['xen', 'vmware', 'microsoft', 'openvz', 'docker']) {
      m.virt = virt;
      expect(run('systemd-detect-virt')).toEqual({ kind: 'done', output: `${virt}\n`, status: 0 });
    }
  });

  test('on bare metal it prints none and fails; -c and -v filter by kind', () => {
    const { m, run } = setup();
    m.distribution = 'Virtuozzo Linux release 7.3';
    m.virt = 'none';
    expect(run('systemd-detect-virt')).toEqual({ kind: 'done', output: 'none\n', status: 1 });
    m.virt = 'openvz';
    expect(run('systemd-detect-virt -c').output).toBe('openvz\n');
    expect(run('systemd-detect-virt -v')).toEqual({ kind: 'done', output: 'none\n', status: 1 });
  });

  test('a distribution from before systemd (RHEL 4–6, SLES 10, ESX 3) has no systemd-detect-virt, and help does not list it', () => {
    const m = fakeMachine('linux');
    const commands = [...LINUX_COMMANDS, helpCommand];
    const ctx = fakeContext(m, commands);
    const run = (line: string) => runDone(ctx, commands, line);
    for (const distribution of ['CentOS release 6.0 (Final)', 'Red Hat Enterprise Linux AS release 4 (Nahant)', 'VMware ESX Server 3']) {
      m.distribution = distribution;
      expect(run('systemd-detect-virt')).toEqual({ kind: 'done', output: 'bash: systemd-detect-virt: command not found\n', status: 127 });
      expect(run('help').output).not.toContain('systemd-detect-virt');
      expect(run('help').output).toContain('virt-what');
    }
    m.distribution = 'Ubuntu 16.04 LTS';
    expect(run('help').output).toContain('systemd-detect-virt');
  });

  test('virt-what prints nothing on bare metal and its own facts elsewhere', () => {
    const { m, run } = setup();
    m.virt = 'none';
    expect(run('virt-what').output).toBe('');
    m.virt = 'xen';
    m.cpuInfo = { ...m.cpuInfo, virtualizationType: 'para' };
    expect(run('virt-what').output).toBe('xen\nxen-domU\n');
    m.role = 'manager';
    expect(run('virt-what').output).toBe('xen\nxen-dom0\n');
    m.virt = 'microsoft';
    expect(run('virt-what').output).toBe('hyperv\n');
  });
});

describe('date, whoami and id', () => {
  test('date reads the virtual calendar: midnight, Monday 1 January 2007, plus the virtual time', () => {
    const { m, run } = setup();
    m.nowNs = 40 * 86_400 * 1e9 + 3_723 * 1e9;
    expect(run('date').output).toBe('Sat Feb 10 01:02:03 UTC 2007\n');
    expect(run('date +%F %T').status).toBe(1);
    expect(run('date +%F_%T_%j_%s').output).toBe(`2007-02-10_01:02:03_041_${1_167_609_600 + 40 * 86_400 + 3_723}\n`);
    const set = run('date -s 2020-01-01');
    expect(set.status).toBe(1);
    expect(set.output).toContain('cannot be set');
  });

  test('whoami and id: the console is root’s', () => {
    const { run } = setup();
    expect(run('whoami').output).toBe('root\n');
    expect(run('id').output).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });
});

describe('mount', () => {
  test("lists the machine's disks with their types, then the kernel's file systems; mounting is refused", () => {
    const { run } = setup();
    const out = run('mount').output.split('\n');
    expect(out[0]).toBe('/dev/mapper/VolGroup00-LogVol00 on / type ext3 (rw)');
    expect(out[1]).toBe('/dev/sda1 on /boot type ext3 (rw)');
    expect(out).toContain('proc on /proc type proc (rw)');
    expect(run('mount /dev/sdb1 /mnt').status).toBe(1);
  });
});

describe('df -T', () => {
  test('adds the type column; the sizes stay under their headings', () => {
    const { run } = setup();
    const lines = run('df -hT').output.split('\n');
    expect(lines[0]).toBe('Filesystem           Type      Size  Used Avail Use% Mounted on');
    // The long device name takes a line of its own; the type starts under its heading.
    expect(lines[1]).toBe('/dev/mapper/VolGroup00-LogVol00');
    expect(lines[2]?.indexOf('ext3')).toBe(lines[0]?.indexOf('Type'));
    expect(lines[2]?.indexOf('G ')).toBe((lines[0]?.indexOf('Size') ?? 0) + 3);
    expect(run('df -T').output.split('\n')[0]).toBe('Filesystem           Type     1K-blocks      Used Available Use% Mounted on');
  });
});
