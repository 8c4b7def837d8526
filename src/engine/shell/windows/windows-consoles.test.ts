import { describe, expect, it } from 'vitest';
import type { PlatformKind } from '../../scenario/schema.ts';
import { typedInto } from '../../preset-console.fixture.ts';

function typed(preset: string, platform: PlatformKind, console: string, commands: string[]): string {
  return typedInto(preset, { platform, console, atS: 150 }, commands);
}

describe('what Windows consoles say about the machine under them', () => {
  it('a 64-bit server runs the x64 edition, as systeminfo’s OS Name and System Type agree; a 2003 NetBurst the 32-bit one', () => {
    const x64 = typed('virtualbox', 'hosted', 'win-test', ['systeminfo']);
    expect(x64).toContain('OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard x64 Edition\n');
    expect(x64).toContain('System Type:               x64-based PC\n');
    const x86 = typed('virtual-server-2005', 'hosted', 'sql1', ['systeminfo']);
    expect(x86).toContain('OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard Edition\n');
    expect(x86).toContain('System Type:               X86-based PC\n');
  });

  it('an unknown command leaves cmd.exe’s %ERRORLEVEL% at 9009, as batch files test for it; bash’s $? stays 127', () => {
    expect(typed('virtual-server-2005', 'hosted', 'iis1', ['foo', 'echo %ERRORLEVEL%'])).toContain('C:\\>echo %ERRORLEVEL%\n9009\n');
    expect(typed('virtual-server-2005', 'hosted', 'lamp1', ['foo', 'echo $?'])).toContain('# echo $?\n127\n');
  });

  it("a VirtualBox VM: the virtual BIOS's DMI, VirtualBox's MAC prefix and its paravirtual NIC's name", () => {
    const out = typed('virtualbox', 'hosted', 'win-test', ['systeminfo', 'ipconfig /all']);
    expect(out).toContain('System Manufacturer:       innotek GmbH\n');
    expect(out).toContain('System Model:              VirtualBox\n');
    expect(out).toMatch(/\[01\]: Red Hat VirtIO Ethernet Adapter\n\s+Connection Name: Local Area Connection\n/);
    expect(out).toMatch(/Description[ .]+: Red Hat VirtIO Ethernet Adapter\n/);
    expect(out).toMatch(/Physical Address[ .]+: 08-00-27-/);
  });

  it("Virtual Server's VM shows its emulated DEC 21140; its Windows host its own drive and the physical server", () => {
    expect(typed('virtual-server-2005', 'hosted', 'sql1', ['systeminfo'])).toContain('[01]: Intel 21140-Based PCI Fast Ethernet Adapter (Emulated)\n');
    const host = typed('virtual-server-2005', 'hosted', 'manager', ['systeminfo', 'dir C:\\', 'type C:\\boot.ini']);
    expect(host).toContain('System Manufacturer:       Dell Inc.\n');
    expect(host).toContain('Windows Directory:         C:\\WINDOWS\n');
    expect(host).toMatch(/<DIR>\s+WINDOWS\n/);
    expect(host).not.toMatch(/<DIR>\s+(etc|usr|proc)\n/);
    expect(host).toContain('[boot loader]');
  });
});

describe("Windows's processes", () => {
  it('carry pids in steps of four, the System Idle Process 0 and System 4, in a guest and on a Windows host alike', () => {
    for (const [preset, console] of [['classroom-default', 'win1'], ['virtual-server-2005', 'manager']] as const) {
      const out = typed(preset, 'hosted', console, ['tasklist']);
      const pids = [...out.matchAll(/^(.+?)\s+(\d+) Console /gm)].map((m) => [m[1]?.trim(), Number(m[2])] as const);
      expect(pids.slice(0, 2)).toEqual([['System Idle Process', 0], ['System', 4]]);
      expect(pids.every(([, pid]) => pid % 4 === 0)).toBe(true);
    }
  });

  it('SQL Server is one process whatever its workers (they are its threads), and taskkill /IM ends it', () => {
    const out = typed('classroom-default', 'hosted', 'win1', ['tasklist', 'taskkill /F /IM sqlservr.exe', 'tasklist']);
    const [before, killed, after] = out.split(/C:\\>taskkill[^\n]*\n|C:\\>tasklist\n/).slice(1);
    const pids = [...(before ?? '').matchAll(/^sqlservr\.exe\s+(\d+) /gm)].map((m) => m[1]);
    expect(pids).toHaveLength(1);
    expect([...(killed ?? '').matchAll(/^SUCCESS: The process "sqlservr\.exe" with PID (\d+) has been terminated\.$/gm)].map((m) => m[1])).toEqual(pids);
    expect(killed).not.toContain('ERROR');
    expect(after).not.toContain('sqlservr.exe');
    // Windows serves SMB in the kernel (srv.sys): the file server's work is the System process's, pid 4, not a second System.
    const files = typed('virtual-server-2005', 'hosted', 'files1', ['tasklist']);
    expect([...files.matchAll(/^System +(\d+) /gm)].map((m) => m[1])).toEqual(['4']);
    // IIS 6 serves on the threads of one w3wp.exe (one application pool); Apache's prefork on Linux forks a process a worker.
    expect([...typed('virtual-server-2005', 'hosted', 'iis1', ['tasklist']).matchAll(/^w3wp\.exe /gm)]).toHaveLength(1);
    expect([...typed('virtual-server-2005', 'hosted', 'lamp1', ['ps -e']).matchAll(/ httpd$/gm)].length).toBeGreaterThan(1);
  });
});

describe("a Windows guest's processes seen from the native host's console", () => {
  it('a signal from there reaches the process the host lists', () => {
    const out = typed('classroom-default', 'native', 'manager', ['ps aux']);
    const pid = /^SYSTEM\s+(\d+) .*sqlservr\.exe$/m.exec(out)?.[1];
    expect(pid).toBeDefined();
    const after = typed('classroom-default', 'native', 'manager', [`kill ${pid ?? ''}`, 'ps aux']);
    expect(after).not.toMatch(/kill: .*No such process/);
    expect(after.split(`kill ${pid ?? ''}\n`)[1]).not.toContain('sqlservr.exe');
  });
});
