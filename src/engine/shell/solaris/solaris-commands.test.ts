import { describe, expect, test } from 'vitest';
import { drive, fakeContext, fakeMachine, runDone, runRunning } from '../linux/fake-machine.ts';
import { SOLARIS_COMMANDS } from './solaris-commands.ts';
import { zoneName } from './zonename.ts';

function setup() {
  const m = fakeMachine('solaris');
  const ctx = fakeContext(m, SOLARIS_COMMANDS, '/');
  return { m, ctx, run: (line: string) => runDone(ctx, SOLARIS_COMMANDS, line) };
}

describe('zonename', () => {
  test('prints global on a management host or a Solaris VM, the zone name inside a zone', () => {
    const { m, run } = setup();
    m.role = 'manager';
    expect(run('zonename').output).toBe('global\n');
    m.role = 'guest';
    m.virt = 'vmware';
    expect(zoneName(m)).toBe('global');
    m.virt = 'zone';
    m.hostname = 'webzone';
    expect(run('zonename').output).toBe('webzone\n');
  });
});

describe('uname, psrinfo, uptime', () => {
  test('uname -a in SunOS form from the machine', () => {
    const { m, run } = setup();
    m.kernelVersion = 'Generic_118855-14';
    expect(run('uname -a').output).toBe('SunOS web1 5.10 Generic_118855-14 i86pc i386 i86pc\n');
    expect(run('uname -r').output).toBe('5.10\n');
    expect(run('uname -p').output).toBe('i386\n');
    expect(run('uname -q').status).toBe(1);
  });

  test('psrinfo prints one line per CPU on-line since boot; -v gives the clock', () => {
    const { m, run } = setup();
    m.cpuInfo = { ...m.cpuInfo, count: 3, mhz: 2992.5 };
    expect(run('psrinfo').output).toBe(
      '0\ton-line   since 01/01/2007 01:00:00\n1\ton-line   since 01/01/2007 01:00:00\n2\ton-line   since 01/01/2007 01:00:00\n',
    );
    expect(run('psrinfo -v').output).toContain('  The i386 processor operates at 2993 MHz,\n');
    expect(run('psrinfo -p').output).toBe('3\n');
    expect(run('psrinfo -x').status).toBe(2);
  });

  test('uptime in Solaris form', () => {
    const { m, run } = setup();
    m.bootNs = 0;
    m.nowNs = (13 * 3600 + 5 * 60) * 1e9;
    expect(run('uptime').output).toBe('   1:05pm  up 13:05,  1 user,  load average: 1.50, 0.75, 0.25\n');
  });
});

describe('ps, df, ls, cat, ifconfig', () => {
  test('ps -ef lists machine.processes() in System V columns', () => {
    const { run } = setup();
    const lines = run('ps -ef').output.split('\n');
    expect(lines[0]).toBe('     UID   PID  PPID   C    STIME TTY         TIME CMD');
    expect(lines).toContain('    root  3050  3001  97 02:30:00 pts/0       2:05 make -j2 bzImage');
    expect(run('ps aux').status).toBe(1);
  });

  test('ps -efZ shows each process zone on the global zone', () => {
    const { m, run } = setup();
    m.procs.push({ pid: 5000, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 100, command: '/usr/lib/ssh/sshd', startedNs: 0, container: 'web2' });
    const out = run('ps -efZ').output;
    expect(out).toMatch(/^ {4}ZONE {6}UID/);
    expect(out).toMatch(/\n {4}web2 {5}root {2}5000/);
  });

  test('df -h in Solaris columns from machine.disks()', () => {
    const { m, run } = setup();
    m.disk = [{ filesystem: '/dev/dsk/c0d0s0', type: 'ufs', sizeKiB: 8 * 1024 * 1024, usedKiB: 2 * 1024 * 1024, mount: '/' }];
    expect(run('df -h').output).toBe('Filesystem             size   used  avail capacity  Mounted on\n/dev/dsk/c0d0s0        8.0G   2.0G   6.0G    25%    /\n');
    expect(run('df -k').output).toContain('/dev/dsk/c0d0s0      8388608 2097152 6291456    25%    /');
  });

  test("df's operands after the options are files: each is reported by the file system holding it, a bad one with df.c's error", () => {
    const { m, run } = setup();
    m.fs.mkdir('/usr', 0);
    m.fs.mkdir('/usr/bin', 0);
    m.disk = [
      { filesystem: '/dev/dsk/c0d0s0', type: 'ufs', sizeKiB: 8 * 1024 * 1024, usedKiB: 2 * 1024 * 1024, mount: '/' },
      { filesystem: '/usr', type: 'lofs', sizeKiB: 8 * 1024 * 1024, usedKiB: 2 * 1024 * 1024, mount: '/usr' },
    ];
    expect(run('df -h /')).toEqual({ kind: 'done', status: 0, output: 'Filesystem             size   used  avail capacity  Mounted on\n/dev/dsk/c0d0s0        8.0G   2.0G   6.0G    25%    /\n' });
    expect(run('df -k /usr/bin').output).toBe('Filesystem            kbytes    used   avail capacity  Mounted on\n/usr                 8388608 2097152 6291456    25%    /usr\n');
    expect(run('df -hk /dev/dsk/c0d0s0').output).toContain('\n/dev/dsk/c0d0s0 ');
    expect(run('df -h /nope /')).toEqual({
      kind: 'done',
      status: 1,
      output: 'df: (/nope     ) not a block device, directory or mounted resource\nFilesystem             size   used  avail capacity  Mounted on\n/dev/dsk/c0d0s0        8.0G   2.0G   6.0G    25%    /\n',
    });
    expect(run('df -q').output).toMatch(/^df: illegal option -- q\nUsage: df /);
  });

  test('ls has no colours; cat has no text /proc', () => {
    const { run } = setup();
    const ls = run('ls /').output;
    expect(ls).toContain('export');
    expect(ls).not.toContain('\x1b[');
    expect(run('ls -l /etc').output).toMatch(/-rw-r--r-- {3}1 root {5}root +\d+ Jan {2}1 00:00 release/);
    expect(run('cat /etc/nodename').output).toBe('web1\n');
    expect(run('cat /proc/cpuinfo')).toEqual({ kind: 'done', output: 'cat: cannot open /proc/cpuinfo\n', status: 2 });
  });

  test('ifconfig -a lists lo0 and the interfaces with hex netmasks; in a zone they are logical', () => {
    const { m, run } = setup();
    const out = run('ifconfig -a').output;
    expect(out).toContain('lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1\n\tinet 127.0.0.1 netmask ff000000 \n');
    expect(out).toContain('eth0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tinet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255\n\tether 0:c:29:4a:1b:2c \n');
    // A NIC is named by its Solaris driver; a zone's address is a logical interface, which the global zone says is the zone's.
    const nic = { name: 'eth0', ipv4: '192.168.1.10', prefix: 24, mac: '00:1e:c9:a1:b2:10', driver: 'e1000' };
    const zone = { name: 'eth0:1', ipv4: '192.168.1.100', prefix: 24, mac: '00:1e:c9:a1:b2:10', driver: 'e1000', zone: 'web' };
    m.nics = [nic, zone];
    expect(run('ifconfig -a').output).toBe(
      'e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tinet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255\n\tether 0:1e:c9:a1:b2:10 \n' +
        'e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tzone web\n\tinet 192.168.1.100 netmask ffffff00 broadcast 192.168.1.255\n',
    );
    // Inside the zone: its own logical interface, without the zone line or the MAC.
    m.nics = [zone];
    expect(run('ifconfig -a').output).toBe('e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tinet 192.168.1.100 netmask ffffff00 broadcast 192.168.1.255\n');
    expect(run('ifconfig e1000g0:1').status).toBe(0);
    expect(run('ifconfig').status).toBe(1);
  });
});

describe('prstat', () => {
  test('prstat 1 1 prints one report at once, busiest first, CPU as a share of all CPUs', () => {
    const { run } = setup();
    const lines = run('prstat 1 1').output.split('\n');
    expect(lines[0]).toBe('   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       ');
    expect(lines[1]).toBe('  3050 root       53M   53M run     59    0   0:02:05  49% make/1');
    expect(lines).toContain('Total: 5 processes, 5 lwps, load averages: 1.50, 0.75, 0.25');
  });

  test('interactive prstat redraws every virtual second until q', () => {
    const { m, ctx } = setup();
    const start = m.nowNs;
    const run = runRunning(ctx, SOLARIS_COMMANDS, 'prstat');
    const first = run.advance(start);
    expect(first.output.startsWith('\x1b[H\x1b[2J   PID USERNAME')).toBe(true);
    expect(run.nextWakeNs()).toBe(start + 1e9);
    m.procs[4] = { ...m.procs[4]!, cpuPercent: 10 };
    expect(run.advance(start + 1e9).output).toContain('5.0% make/1');
    run.key?.('q');
    expect(run.advance(start + 1e9).done).toBe(true);
  });

  test('prstat 1 3 prints three reports a second apart and ends; Ctrl-C ends it early', () => {
    const { m, ctx } = setup();
    const result = drive(m, runRunning(ctx, SOLARIS_COMMANDS, 'prstat 1 3'));
    expect(result.done).toBe(true);
    expect(result.output.match(/^Total:/gm)).toHaveLength(3);
    const run = runRunning(ctx, SOLARIS_COMMANDS, 'prstat 2 5');
    run.interrupt();
    expect(run.nextWakeNs()).not.toBeNull();
    expect(run.advance(m.nowNs).done).toBe(true);
    expect(runDone(ctx, SOLARIS_COMMANDS, 'prstat -x').status).toBe(2);
  });
});

describe('ping and the reused commands', () => {
  test('ping answers "is alive" or "unknown host"', () => {
    const { run } = setup();
    expect(run('ping db1').output).toBe('db1 is alive\n');
    expect(run('ping nohost')).toEqual({ kind: 'done', output: 'ping: unknown host nohost\n', status: 1 });
    expect(run('ping 10.3.3.3')).toEqual({ kind: 'done', output: 'no answer from 10.3.3.3\n', status: 1 });
  });

  test('ping -s prints per-packet lines and Solaris statistics', () => {
    const { m, ctx } = setup();
    const result = drive(m, runRunning(ctx, SOLARIS_COMMANDS, 'ping -s db1 56 2'));
    expect(result.output).toContain('64 bytes from db1 (10.0.0.10): icmp_seq=0. time=0.250 ms\n');
    expect(result.output).toContain('----db1 PING Statistics----\n2 packets transmitted, 2 packets received, 0% packet loss\n');
  });

  test('cd and kill speak the Bourne shell', () => {
    const { ctx, run } = setup();
    expect(run('cd /export/home').status).toBe(0);
    expect(ctx.cwd).toBe('/export/home');
    expect(run('cd /nope').output).toBe('sh: /nope: does not exist\n');
    expect(run('kill 4242').output).toBe('kill: 4242: no such process\n');
  });
});

describe('prtconf', () => {
  test('prints the platform and the memory size the machine reports', () => {
    const { m, run } = setup();
    m.mem = { ...m.mem, totalKiB: 2048 * 1024 };
    expect(run('prtconf').output).toBe(`System Configuration:  Sun Microsystems  ${m.arch}\nMemory size: 2048 Megabytes\nSystem Peripherals (Software Nodes):\n\n${m.arch}\n`);
    expect(run('prtconf -v').status).toBe(1);
  });
});
