import { describe, expect, test } from 'vitest';
import type { CommandContext } from '../command.ts';
import { drive, fakeContext, fakeMachine, runDone, runRunning, type FakeMachine } from '../linux/fake-machine.ts';
import { WINDOWS_COMMANDS } from './windows-commands.ts';
import { imageName } from './windows-format.ts';

function setup(): { m: FakeMachine; ctx: CommandContext; run: (line: string) => ReturnType<typeof runDone> } {
  const m = fakeMachine('windows');
  m.distribution = 'Microsoft(R) Windows(R) Server 2003, Standard Edition';
  m.procs = [
    { pid: 0, ppid: 0, user: 'SYSTEM', state: 'R', cpuPercent: 90, cpuTimeNs: 1e12, memKiB: 16, command: 'System Idle Process', startedNs: 0 },
    { pid: 4, ppid: 0, user: 'SYSTEM', state: 'S', cpuPercent: 0, cpuTimeNs: 1e9, memKiB: 236, command: 'System', startedNs: 0 },
    { pid: 612, ppid: 4, user: 'SYSTEM', state: 'S', cpuPercent: 0, cpuTimeNs: 1e9, memKiB: 4_600, command: 'C:\\WINDOWS\\system32\\svchost.exe -k rpcss', startedNs: 0 },
    { pid: 1808, ppid: 612, user: 'Administrator', state: 'S', cpuPercent: 0, cpuTimeNs: 1e9, memKiB: 12_345, command: 'notepad.exe', startedNs: 0 },
  ];
  const ctx = fakeContext(m, WINDOWS_COMMANDS, '/');
  return { m, ctx, run: (line: string) => runDone(ctx, WINDOWS_COMMANDS, line) };
}

/** Runs with arguments given as words (for paths with spaces). */
function runWords(ctx: CommandContext, name: string, args: readonly string[]) {
  const command = WINDOWS_COMMANDS.find((c) => c.name === name);
  const outcome = command?.run(ctx, args, null);
  if (outcome?.kind !== 'done') throw new Error('expected a finished command');
  return outcome;
}

describe('date, time and whoami', () => {
  test('date /t and time /t print the virtual calendar as cmd.exe does; without /t they ask for a new value, answered with Enter', () => {
    const { m, run } = setup();
    m.nowNs = (86_400 + 13 * 3600 + 5 * 60 + 7.25) * 1e9;
    expect(run('date /t').output).toBe('Tue 01/02/2007 \n');
    expect(run('time /t').output).toBe('01:05 PM\n');
    expect(run('date').output).toBe('The current date is: Tue 01/02/2007\nEnter the new date: (mm-dd-yy) \n');
    expect(run('time').output).toBe('The current time is: 13:05:07.25\nEnter the new time: \n');
  });

  test('whoami names the console user on this computer', () => {
    const { m, run } = setup();
    m.hostname = 'WIN1';
    expect(run('whoami').output).toBe('win1\\administrator\n');
  });
});

describe('ver, hostname and systeminfo', () => {
  test('ver prints machine.osName', () => {
    const { m, run } = setup();
    expect(run('ver').output).toBe('\nMicrosoft Windows [Version 5.2.3790]\n');
    m.osName = 'Microsoft Windows [Version 5.0.2195]';
    expect(run('ver').output).toContain('5.0.2195');
    expect(run('hostname').output).toBe('web1\n');
  });

  test('systeminfo shows the OS, the hypervisor in manufacturer/model and memory from the machine', () => {
    const { m, run } = setup();
    m.mem = { ...m.mem, totalKiB: 2048 * 1024, freeKiB: 1000 * 1024, buffersKiB: 24 * 1024, cachedKiB: 300 * 1024 };
    const out = run('systeminfo').output;
    expect(out).toContain('Host Name:                 WEB1\n');
    expect(out).toContain('OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard Edition\n');
    expect(out).toContain('OS Version:                5.2.3790 Service Pack 2 Build 3790\n');
    expect(out).toContain('System Manufacturer:       VMware, Inc.\n');
    expect(out).toContain('System Model:              VMware Virtual Platform\n');
    expect(out).toContain('Total Physical Memory:     2,048 MB\n');
    expect(out).toContain('Available Physical Memory: 1,324 MB\n');
    expect(out).toContain('Processor(s):              2 Processor(s) Installed.\n');
    expect(out).toContain('System Up Time:            0 Days, 2 Hours, 25 Minutes, 7 Seconds\n');
  });

  test("the system identity is the machine's DMI board", () => {
    const { m, run } = setup();
    m.dmi = { vendor: 'innotek GmbH', product: 'VirtualBox' };
    const out = run('systeminfo').output;
    expect(out).toContain('System Manufacturer:       innotek GmbH\n');
    expect(out).toContain('System Model:              VirtualBox\n');
  });
});

describe('tasklist and taskkill', () => {
  test('tasklist lists machine.processes() with image names and memory', () => {
    const { run } = setup();
    const lines = run('tasklist').output.split('\n');
    expect(lines[1]).toBe('Image Name                   PID Session Name     Session#    Mem Usage');
    expect(lines[2]).toBe('========================= ====== ================ ======== ============');
    expect(lines).toContain('System Idle Process            0 Console                 0         16 K');
    expect(lines).toContain('svchost.exe                  612 Console                 0      4,600 K');
    expect(lines).toContain('notepad.exe                 1808 Console                 0     12,345 K');
  });

  test('tasklist /? prints its usage; /SVC lists the services each process hosts, wrapped under a 45-column Services column', () => {
    const { run } = setup();
    const help = run('tasklist /?');
    expect(help.status).toBe(0);
    expect(help.output).toContain('TASKLIST [/S system [/U username [/P [password]]]]\n         [/M [module] | /SVC | /V] [/FI filter] [/FO format] [/NH]\n');
    expect(help.output).toContain('    MEMUSAGE        eq, ne, gt, lt, ge, le    Memory usage in KB\n');
    const svc = run('tasklist /svc').output.split('\n');
    expect(svc[1]).toBe('Image Name                   PID Services');
    expect(svc[2]).toBe(`${'='.repeat(25)} ${'='.repeat(6)} ${'='.repeat(45)}`);
    expect(svc).toContain('System Idle Process            0 N/A');
    const at = svc.indexOf('svchost.exe                  612 AeLookupSvc, AudioSrv, BITS, Browser,');
    expect(at).toBeGreaterThan(0);
    expect(svc[at + 1]).toBe(`${' '.repeat(33)}CryptSvc, dmserver, EventSystem, helpsvc,`);
  });

  test('tasklist /V adds Status, User Name (with its domain), CPU Time and Window Title in their widths', () => {
    const { run } = setup();
    const lines = run('tasklist /v').output.split('\n');
    expect(lines[1]).toBe(
      'Image Name                   PID Session Name     Session#    Mem Usage Status          User Name                                              CPU Time Window Title',
    );
    expect(lines[2]).toBe(['='.repeat(25), '='.repeat(6), '='.repeat(16), '='.repeat(8), '='.repeat(12), '='.repeat(15), '='.repeat(50), '='.repeat(12), '='.repeat(72)].join(' '));
    expect(lines).toContain(`System Idle Process            0 Console                 0         16 K Running         ${'NT AUTHORITY\\SYSTEM'.padEnd(50)}      0:16:40 N/A`);
    expect(lines).toContain(`notepad.exe                 1808 Console                 0     12,345 K Running         ${'WEB1\\Administrator'.padEnd(50)}      0:00:01 N/A`);
    expect(run('tasklist /v /svc').status).toBe(1);
  });

  test('tasklist /FI filters by IMAGENAME, PID and MEMUSAGE with eq, ne, gt and lt; an unknown filter is refused', () => {
    const { ctx } = setup();
    const names = (...args: string[]): string[] =>
      runWords(ctx, 'tasklist', args)
        .output.split('\n')
        .slice(3)
        .filter((l) => l !== '')
        .map((l) => l.slice(0, 25).trim());
    expect(names('/fi', 'IMAGENAME eq SVCHOST.EXE')).toEqual(['svchost.exe']);
    expect(names('/fi', 'imagename eq note*')).toEqual(['notepad.exe']);
    expect(names('/FI', 'PID gt 4', '/FI', 'PID lt 1000')).toEqual(['svchost.exe']);
    expect(names('/fi', 'MEMUSAGE gt 4000')).toEqual(['svchost.exe', 'notepad.exe']);
    expect(names('/fi', 'IMAGENAME ne System')).toEqual(['System Idle Process', 'svchost.exe', 'notepad.exe']);
    expect(runWords(ctx, 'tasklist', ['/fi', 'IMAGENAME eq nothere.exe']).output).toBe('INFO: No tasks are running which match the specified criteria.\n');
    expect(runWords(ctx, 'tasklist', ['/fi', 'IMAGENAME gt a'])).toEqual({ kind: 'done', output: 'ERROR: The search filter cannot be recognized.\n', status: 1 });
  });

  test('taskkill signals by PID or image name and reports missing processes', () => {
    const { m, run } = setup();
    expect(run('taskkill /PID 1808 /F').output).toBe('SUCCESS: The process with PID 1808 has been terminated.\n');
    expect(run('taskkill /im NOTEPAD.EXE').output).toBe('SUCCESS: Sent termination signal to the process "notepad.exe" with PID 1808.\n');
    expect(m.killed).toEqual([
      { pid: 1808, signal: 9 },
      { pid: 1808, signal: 15 },
    ]);
    expect(run('taskkill /PID 4444')).toEqual({ kind: 'done', output: 'ERROR: The process "4444" not found.\n', status: 128 });
    expect(run('taskkill').status).toBe(1);
  });

  test('image names come from the command line', () => {
    expect(imageName('C:\\Program Files\\App\\app.exe /service')).toBe('app.exe');
    expect(imageName('System Idle Process')).toBe('System Idle Process');
  });
});

describe('dir, cd, type, mkdir, del', () => {
  test('dir prints the volume header, entries and totals with free space from the disk', () => {
    const { m, run } = setup();
    m.disk = [{ filesystem: 'C:', type: 'NTFS', sizeKiB: 10_000_000, usedKiB: 4_000_000, mount: 'C:' }];
    const out = run('dir').output;
    expect(out).toMatch(/^ Volume in drive C has no label\.\n Volume Serial Number is [0-9A-F]{4}-[0-9A-F]{4}\n\n Directory of C:\\\n\n/);
    expect(out).toContain('01/01/2007  12:00 AM               211 boot.ini\n');
    expect(out).toContain('01/01/2007  12:00 AM    <DIR>          WINDOWS\n');
    expect(out).toContain('               3 File(s)            211 bytes\n');
    expect(out).toContain('               3 Dir(s)   6,144,000,000 bytes free\n');
  });

  test('cd maps C:\\ paths onto the file system, whatever their case', () => {
    const { ctx, run } = setup();
    expect(run('cd c:\\windows\\SYSTEM32').status).toBe(0);
    expect(ctx.cwd).toBe('/WINDOWS/system32');
    expect(run('cd').output).toBe('C:\\WINDOWS\\system32\n');
    run('cd ..\\..');
    expect(ctx.cwd).toBe('/');
    expect(runWords(ctx, 'cd', ['Documents', 'and', 'Settings']).status).toBe(0);
    expect(ctx.cwd).toBe('/Documents and Settings');
    expect(run('chdir \\').status).toBe(0);
    expect(run('cd nowhere')).toEqual({ kind: 'done', output: 'The system cannot find the path specified.\n', status: 1 });
    expect(run('cd D:\\').output).toBe('The system cannot find the drive specified.\n');
    expect(run('cd boot.ini').output).toBe('The directory name is invalid.\n');
  });

  test('type prints a file; missing files and directories fail', () => {
    const { run } = setup();
    expect(run('type c:\\BOOT.INI').output).toContain('[boot loader]');
    expect(run('type nope.txt')).toEqual({ kind: 'done', output: 'The system cannot find the file specified.\n', status: 1 });
    expect(run('type windows').output).toBe('Access is denied.\n');
  });

  test('mkdir/md make directories with parents; del deletes files and wildcards', () => {
    const { m, run } = setup();
    expect(run('md work\\logs').status).toBe(0);
    expect(m.fs.stat('/work/logs')?.kind).toBe('dir');
    expect(run('mkdir work').output).toBe('A subdirectory or file work already exists.\n');
    m.fs.write('/work/a.txt', 'a', false, 0);
    m.fs.write('/work/b.txt', 'b', false, 0);
    m.fs.write('/work/c.log', 'c', false, 0);
    expect(run('del work\\*.txt').status).toBe(0);
    expect(m.fs.list('/work')).toEqual({ ok: true, value: ['c.log', 'logs'] });
    expect(run('del nothing.txt').output).toBe('Could Not Find C:\\nothing.txt\n');
    expect(run('erase work\\c.log').status).toBe(0);
    expect(m.fs.stat('/work/c.log')).toBeNull();
  });

  test('bad switches are refused', () => {
    expect(setup().run('dir /z')).toEqual({ kind: 'done', output: 'Invalid switch - "z".\n', status: 1 });
  });
});

describe('ipconfig and ping', () => {
  test('ipconfig lists each non-loopback interface as a Local Area Connection', () => {
    const { m, run } = setup();
    m.nics = [...m.nics, { name: 'eth1', ipv4: '172.16.0.3', prefix: 12, mac: '00:03:ff:00:00:01' }];
    const out = run('ipconfig').output;
    expect(out).toContain('Ethernet adapter Local Area Connection:\n');
    expect(out).toContain('   IP Address. . . . . . . . . . . . : 10.0.0.5\n');
    expect(out).toContain('   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n');
    expect(out).toContain('Ethernet adapter Local Area Connection 2:\n');
    expect(out).toContain('255.240.0.0');
    expect(out).not.toContain('127.0.0.1');
    expect(run('ipconfig /all').output).toContain('   Physical Address. . . . . . . . . : 00-0C-29-4A-1B-2C\n');
  });

  test('ping sends -n requests with round trips in whole milliseconds, its statistics from the same whole numbers', () => {
    const { m, ctx } = setup();
    m.rtt.set('db1', 2_600_000);
    const result = drive(m, runRunning(ctx, WINDOWS_COMMANDS, 'ping -n 2 db1'));
    expect(result.output).toBe(
      '\nPinging db1 [10.0.0.10] with 32 bytes of data:\n\n' +
        'Reply from 10.0.0.10: bytes=32 time=2ms TTL=64\nReply from 10.0.0.10: bytes=32 time=2ms TTL=64\n\n' +
        'Ping statistics for 10.0.0.10:\n    Packets: Sent = 2, Received = 2, Lost = 0 (0% loss),\n' +
        'Approximate round trip times in milli-seconds:\n    Minimum = 2ms, Maximum = 2ms, Average = 2ms\n',
    );
    // A reply under a millisecond reads "<1ms", and so 0 ms in the statistics (they said 1 ms).
    m.rtt.set('db1', 600_000);
    expect(drive(m, runRunning(ctx, WINDOWS_COMMANDS, 'ping -n 1 db1')).output).toContain('time<1ms TTL=64\n\nPing statistics');
    expect(drive(m, runRunning(ctx, WINDOWS_COMMANDS, 'ping -n 1 db1')).output).toContain('Minimum = 0ms, Maximum = 0ms, Average = 0ms\n');
  });

  test('ping reports sub-millisecond replies, timeouts and unknown hosts', () => {
    const { m, ctx, run } = setup();
    expect(drive(m, runRunning(ctx, WINDOWS_COMMANDS, 'ping db1')).output).toContain('time<1ms TTL=64');
    const lost = drive(m, runRunning(ctx, WINDOWS_COMMANDS, 'ping -n 1 10.1.1.1'));
    expect(lost.output).toContain('Request timed out.\n');
    expect(lost.output).toContain('Lost = 1 (100% loss)');
    expect(run('ping nowhere').output).toBe('Ping request could not find host nowhere. Please check the name and try again.\n');
  });
});
