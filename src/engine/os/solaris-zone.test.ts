import { describe, expect, it } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';

function typed(platform: PlatformKind, console: string, atS: number, commands: string[]): string {
  return typedInto('solaris-containers', { platform, console, atS }, commands);
}

/** ps -ef rows as [pid, ppid, command], for lines that match. */
function rows(out: string, match: RegExp): [number, number, string][] {
  return out
    .split('\n')
    .filter((l) => match.test(l))
    .map((l) => {
      const f = l.trim().split(/\s+/);
      const at = f.findIndex((x) => /^\d+$/.test(x));
      return [Number(f[at]), Number(f[at + 1]), f.slice(at + 6).join(' ')];
    });
}

describe('Solaris zones, as their consoles show them', () => {
  it('run on a Solaris 10 release that has the CPU cap zonecfg shows (5/08, the first with zone.cpu-cap)', () => {
    const out = typed('container', 'manager', 40, ['uname -v', 'zonecfg -z web info']);
    expect(out).toContain('# uname -v\nGeneric_127128-11\n');
    expect(out).toContain('\ncapped-cpu:\n\t[ncpus: 1.00]\n');
    expect(typed('container', 'web', 40, ['uname -a'])).toContain('SunOS web 5.10 Generic_127128-11 i86pc i386 i86pc');
    expect(typed('container', 'manager', 40, ['cat /etc/release'])).toContain('Solaris 10 5/08 s10x_u5wos_10 X86\n           Copyright 2008 Sun Microsystems');
  });

  it('the global zone keeps the machine’s host name; only zonename says "global"', () => {
    const out = typed('container', 'manager', 30, ['hostname', 'uname -n', 'zonename']);
    expect(out).toContain('# hostname\nzonehost\n');
    expect(out).toContain('# uname -n\nzonehost\n');
    expect(out).toContain('# zonename\nglobal\n');
  });

  it("a sparse-root zone's df reports the global zone's file system, which holds the zones' roots under /zones", () => {
    const usedOf = (out: string, fs: string): string => new RegExp(`^${fs.replace(/\//g, '\\/')} +\\S+ +(\\S+) `, 'm').exec(out)?.[1] ?? 'none';
    const global = typed('container', 'manager', 30, ['df -k', 'ls /zones']);
    const zone = typed('container', 'web', 30, ['df -k']);
    const used = usedOf(global, '/dev/dsk/c1t0d0s0');
    expect(['/', '/usr', '/lib'].map((m) => usedOf(zone, m))).toEqual([used, used, used]);
    expect(global).toContain('# ls /zones\napp  build  db  web\n');
    // A file written in a zone lands on the global zone's disk.
    const after = typed('container', 'web', 30, ['dd if=/dev/zero of=/tmp/f bs=1M count=100', 'df -k']);
    expect(Number(usedOf(after, '/usr')) - Number(used)).toBeGreaterThanOrEqual(100 * 1024);
  });

  it("the global zone's dmesg is the Solaris kernel's, on the physical server", () => {
    const out = typed('container', 'manager', 40, ['dmesg']);
    expect(out).toContain('# dmesg\nSunOS Release 5.10 Version Generic_127128-11 64-bit\nCopyright 1983-2008 Sun Microsystems, Inc.  All rights reserved.\n');
    expect(out).toContain('\nmem = 8388608K\n');
    expect(out).not.toContain('Linux');
  });

  it('share the global zone pid space: the same pids inside and out, zsched first, a zoneadmd per zone', () => {
    const global = typed('container', 'manager', 40, ['ps -efZ']);
    const inside = typed('container', 'manager', 40, ['zlogin web ps -ef']);
    const httpdOut = rows(global, /^\s+web\s.*httpd/).map((r) => r[0]);
    const httpdIn = rows(inside, /httpd/).map((r) => r[0]);
    expect(httpdIn.length).toBeGreaterThan(0);
    expect(httpdIn).toEqual(httpdOut);
    const [zschedIn] = rows(inside, /zsched/);
    const [zschedOut] = rows(global, /^\s+web\s.*zsched/);
    // In the zone zsched hides its parent behind its own pid; the global zone shows init's.
    expect(zschedIn?.[1]).toBe(zschedIn?.[0]);
    expect(zschedOut?.[0]).toBe(zschedIn?.[0]);
    expect(zschedOut?.[1]).toBe(1);
    expect(rows(inside, /\/sbin\/init/)[0]?.[1]).toBe(zschedIn?.[0]);
    expect(rows(global, /zoneadmd -z web/)).toHaveLength(1);
    expect(rows(global, /^\s+global\s.*sched$/)[0]?.slice(0, 2)).toEqual([0, 0]);
  });

  it('a signal from the global zone reaches the zone process of that pid', () => {
    const pid = rows(typed('container', 'manager', 40, ['zlogin build ps -ef']), /cc1/)[0]?.[0];
    const out = typed('container', 'manager', 40, [`kill -9 ${pid}`, 'zlogin build ps -ef']);
    expect(out.split('build ps -ef')[1]).not.toMatch(/cc1/);
  });

  it("a sparse-root zone lists the global zone's read-only system directories and cannot write under them", () => {
    const out = typed('container', 'web', 40, ['df -h', 'touch /usr/x', 'touch /x', 'ls /']);
    expect(out.match(/^\/\S*(?=\s+\d)/gm)).toEqual(['/', '/lib', '/platform', '/sbin', '/usr']);
    expect(out).toMatch(/touch: cannot touch '\/usr\/x': Read-only file system/);
    expect(out).not.toMatch(/cannot touch '\/x'/);
    // The same Solaris as a VM has its own disk, writable throughout.
    // (at 60 s it is still booting: the command waits for its shell, as a person at its console would)
    expect(typed('hosted', 'web', 60, ['touch /usr/x'])).toMatch(/web# touch \/usr\/x\nweb# $/);
  });

  it("zonecfg info shows a zone's ncpus as the CPU cap the model applies, and its inherited directories", () => {
    const out = typed('container', 'manager', 40, ['zonecfg -z build info']);
    expect(out).toMatch(/capped-cpu:\n\t\[ncpus: 2\.00\]/);
    expect(out).not.toMatch(/dedicated-cpu/);
    expect(out.match(/inherit-pkg-dir:\n\tdir: (\S+)/g)).toHaveLength(4);
  });

  it('a shared-IP zone has its own address, a logical interface of the global zone’s NIC that the global zone lists as the zone’s', () => {
    const config = typed('container', 'manager', 40, ['zonecfg -z db info']);
    const [, address, nic] = /net:\n\taddress: (\S+)\/24\n\tphysical: (\S+)/.exec(config) ?? [];
    expect(address).toMatch(/^192\.168\.1\.\d+$/);
    expect(address).not.toBe('192.168.1.10');
    const inside = typed('container', 'db', 40, ['ifconfig -a']);
    const logical = new RegExp(`^(${nic ?? '?'}:\\d+): flags=\\S+ mtu 1500 index 2\\n\\tinet ${(address ?? '').replaceAll('.', '\\.')} `, 'm').exec(inside)?.[1];
    expect(logical).toBeDefined();
    expect(inside).not.toContain('ether');
    const global = typed('container', 'manager', 40, ['ifconfig -a']);
    expect(global).toContain(`${logical ?? '?'}: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tzone db\n\tinet ${address ?? '?'} `);
    expect(global).toMatch(new RegExp(`^${nic ?? '?'}: flags=.*\\n\\tinet 192\\.168\\.1\\.10 .*\\n\\tether `, 'm'));
  });
});

describe('what a zone sees of the machine', () => {
  it("prtconf in a zone reports the whole machine's memory; the same Solaris as a VM its own", () => {
    const size = (out: string): number => Number(/^Memory size: (\d+) Megabytes$/m.exec(out)?.[1]);
    const scenario = loadPreset('solaris-containers');
    if (!scenario) throw new Error('preset missing');
    expect(size(typed('container', 'web', 60, ['prtconf']))).toBe(scenario.host.memoryMiB);
    const vmMiB = scenario.guests.find((g) => g.name === 'web')?.memoryMiB ?? 0;
    const vm = size(typed('hosted', 'web', 60, ['prtconf']));
    expect(vm).toBeLessThanOrEqual(vmMiB);
    expect(vm).toBeGreaterThan(vmMiB - 16);
  });
});

describe('Solaris disk names', () => {
  it('the global zone and a Solaris VM name their disks as Solaris does (controller, target, slice)', () => {
    expect(typed('container', 'manager', 60, ['df -h'])).toMatch(/^\/dev\/dsk\/c1t0d0s0 +70G /m);
    expect(typed('hosted', 'web', 60, ['df -h'])).toMatch(/^\/dev\/dsk\/c1t0d0s0 +8\.0G /m);
  });
});

/** One Solaris zone with a 256 MiB memory cap running `workload`, on a host with swap. */
function cappedZone(name: string, workload: 'oltp' | 'web-server') {
  const r = parseScenario({
      version: 3,
    name: 'zcap',
    seed: 1,
    host: { cpu: 'core2-2006', cores: 4, memoryMiB: 4096, swapMiB: 2048, disk: 'hdd', nic: '1g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow', devices: 'emulated' },
      container: { hostOs: 'solaris', network: 'host', storage: 'bind' },
    },
      guests: [{ name, os: 'solaris', vcpus: 1, memoryMiB: 1024, workload: { kind: workload }, limits: { memoryMiB: 256 } }],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe("a zone over its memory cap, as the global zone's tools show it", () => {
  it("rcapd holds its resident memory at the cap: rcapstat's rss and prstat's RSS, the rest paged out (vm)", () => {
    const out = typedInto(cappedZone('db', 'oltp'), { platform: 'container', console: 'manager', atS: 30 }, ['rcapstat -z 1 1', 'prstat -Z 1 1']);
    // The database's 512 MiB working memory, capped at 256 MiB.
    expect(out).toContain(' 1 db                  -  512M  256M  256M ');
    // Its 16 processes: the 256 MiB of the workload left resident and the zone's own daemons (35 MiB); SIZE adds the 256 MiB paged out.
    expect(out).toMatch(/^\s+1\s+16\s+547M\s+291M\s.*db$/m);
  });

  it("a memory hog in the zone is paged, not killed, and stress-ng's alarm still ends it at its timeout", () => {
    const out = typedInto(cappedZone('web', 'web-server'), { platform: 'container', console: 'manager', atS: 30 }, ['zlogin web stress-ng --vm 1 --vm-bytes 500M --timeout 10s']);
    expect(out).toContain('] successful run completed in 10.00s\n');
    expect(out).not.toContain('SIGKILL');
  });
});
