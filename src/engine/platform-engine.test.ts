import { describe, expect, test } from 'vitest';
import { L } from './metrics/layers.ts';
import { MANAGER, PlatformEngine } from './platform-engine.ts';
import { loadPreset } from './scenario/presets.ts';
import type { PlatformKind, Scenario } from './scenario/schema.ts';

function preset(name = 'classroom-default'): Scenario {
  const s = loadPreset(name);
  if (!s) throw new Error(name);
  return { ...s, host: { ...s.host, disk: 'ssd' } };
}

/** Boots `target`'s platform until the guest runs (and not before `atNs`, to compare platforms at one instant), opens its console and returns a typer. */
function open(s: Scenario, kind: PlatformKind, target: string, atNs = 0): { engine: PlatformEngine; type: (line: string) => string; id: number } {
  const engine = new PlatformEngine(s, kind);
  const g = engine.sim.guests.find((x) => x.spec.name === target);
  while (g && g.state === 'booting' && engine.now < 600e9) engine.advanceTo(engine.now + 1e9);
  if (engine.now < atNs) engine.advanceTo(atNs);
  const opened = engine.openConsole(target);
  if ('error' in opened) throw new Error(opened.error);
  const id = opened.id;
  engine.advanceTo(engine.now);
  engine.read(id);
  const type = (line: string): string => {
    engine.write(id, `${line}\r`);
    let out = '';
    for (let i = 0; i < 10_000 && (i === 0 || engine.busy(id)); i++) {
      const wake = engine.nextWakeNs();
      engine.advanceTo(wake !== null && wake > engine.now ? wake : engine.now + 1e8);
      out += engine.read(id);
    }
    return plain(out + engine.read(id));
  };
  return { engine, type, id };
}

function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\r/g, '');
}

describe('what a guest can see of the architecture', () => {
  test('uname -r in a container shows the host kernel; a Xen paravirtual guest runs a xen kernel', () => {
    const s = preset('io-comparison');
    const container = open(s, 'container', 'web').type('uname -r');
    const hosted = open(s, 'hosted', 'web').type('uname -r');
    const xen = open(s, 'bare-metal', 'web').type('uname -r');
    expect(xen).toMatch(/xen\n/);
    expect(hosted).not.toMatch(/xen\n/);
    const containerRelease = container.split('\n').find((l) => /^\d+\.\d+/.test(l));
    const hostedRelease = hosted.split('\n').find((l) => /^\d+\.\d+/.test(l));
    expect(containerRelease).toBeDefined();
    expect(hostedRelease).toBeDefined();
  });

  test('virt-what tells the truth on every platform (its CentOS 6 guests have no systemd-detect-virt)', () => {
    const s = preset('io-comparison');
    const detect = (kind: PlatformKind): string => open(s, kind, 'web').type('virt-what');
    expect(detect('native')).not.toMatch(/xen|hyperv|vmware|docker/);
    expect(detect('bare-metal')).toContain('xen');
    expect(detect('hosted')).toContain('hyperv');
    expect(detect('container')).toContain('docker');
  });

  test('dmesg names the NIC whose path is priced: the emulated PCnet under VirtualBox, netfront on Xen, the host’s own in a container', () => {
    const s = preset();
    const nic = (kind: PlatformKind): string | undefined => /^(?:\[[ \d.]+\] )?(\S+): eth0: link up/m.exec(open(s, kind, 'web1').type('dmesg'))?.[1];
    expect(nic('hosted')).toBe('pcnet32');
    expect(nic('bare-metal')).toBe('xen-netfront');
    expect(nic('native')).toBe('tg3');
    expect(nic('container')).toBe('veth');
  });

  test('top and free agree on the memory used: buffers and page cache count as used in both, as procps 3.2 counts them', () => {
    const web = open(preset(), 'hosted', 'web1', 120e9);
    const topUsed = Number(/Mem:\s+\d+k total,\s+(\d+)k used/.exec(web.type('top -b -n 1'))?.[1]);
    const freeUsed = Number(/Mem:\s+\d+\s+(\d+)/.exec(web.type('free -k'))?.[1]);
    expect(topUsed).toBeGreaterThan(0);
    expect(topUsed).toBe(freeUsed);
  });

  test('free in a VM reports its own memory; in a container the host memory', () => {
    const s = preset();
    const vm = open(s, 'hosted', 'web1').type('free -m');
    const ct = open(s, 'container', 'web1').type('free -m');
    const total = (out: string): number => Number(/Mem:\s+(\d+)/.exec(out)?.[1]);
    expect(total(vm)).toBeLessThanOrEqual(1024);
    expect(total(ct)).toBe(8192);
  });
});

describe('isolation', () => {
  test('a guest never sees another guest’s processes; the container host sees them all', () => {
    const s = preset();
    const web = open(s, 'container', 'web1').type('ps aux');
    expect(web).toContain('httpd');
    expect(web).not.toContain('cc1');
    const manager = open(s, 'container', MANAGER);
    manager.engine.advanceTo(60e9);
    const host = manager.type('ps aux');
    expect(host).toContain('httpd');
    expect(host).toContain('cc1');
  });

  test('a file made in one container is invisible in another', () => {
    const s = preset();
    const a = open(s, 'container', 'web1');
    a.type('touch /root/secret');
    expect(a.type('ls /root')).toContain('secret');
    const b = a.engine.openConsole('build1');
    if ('error' in b) throw new Error(b.error);
    a.engine.write(b.id, 'ls /root\r');
    a.engine.advanceTo(a.engine.now + 1e8);
    expect(plain(a.engine.read(b.id))).not.toContain('secret');
  });

  test('the Windows guest’s console on a Linux container host explains the shared kernel', () => {
    const engine = new PlatformEngine(preset(), 'container');
    const opened = engine.openConsole('win1');
    if ('error' in opened) throw new Error(opened.error);
    engine.advanceTo(1e9);
    const out = plain(engine.read(opened.id));
    expect(out).toContain('cannot run here');
    expect(out).toContain('kernel');
  });
});

describe('the micro-benchmark shows the mechanisms', () => {
  const usPerCall = (out: string): number => Number(/Simple syscall: ([\d.]+) microseconds/.exec(out)?.[1]);

  test('a null system call costs the same in a container as native, and more under binary translation', () => {
    // Typed into an idle guest: the reading is the benchmark's alone, not shared with the guest's own workload on its vCPU.
    const base = preset('bt-vs-hardware-assist');
    const s: Scenario = { ...base, guests: base.guests.map((g) => (g.name === 'calls' ? { ...g, workload: { kind: 'idle' } } : g)) };
    const native = usPerCall(open(s, 'native', 'calls', 8e9).type('lat_syscall null'));
    const container = usPerCall(open(s, 'container', 'calls', 8e9).type('lat_syscall null'));
    const bt = usPerCall(open(s, 'hosted', 'calls', 8e9).type('lat_syscall null'));
    expect(native).toBeGreaterThan(0);
    expect(container / native).toBeGreaterThan(0.99);
    expect(container / native).toBeLessThan(1.01);
    expect(bt).toBeGreaterThan(3 * native);
  });
});

describe('contention', () => {
  test('stress-ng in one VM shows up as steal in another VM’s top where the guest has a steal clock (KVM); without one (VirtualBox) as its own busy CPU', () => {
    const base = preset();
    const s: Scenario = {
      ...base,
      host: { ...base.host, cores: 1 },
      platforms: { ...base.platforms, 'bare-metal': { style: 'esx', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' } },
      guests: [
        { name: 'busy', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'idle' } },
        { name: 'calm', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'cpu-int' } },
      ],
    };
    const calmTop = (platform: 'hosted' | 'bare-metal'): { st: number; us: number; process: number } => {
      const busy = open(s, platform, 'busy');
      const calm = busy.engine.openConsole('calm');
      if ('error' in calm) throw new Error(calm.error);
      busy.engine.write(busy.id, 'stress-ng --cpu 1 --timeout 30s\r');
      busy.engine.advanceTo(busy.engine.now + 5e9);
      busy.engine.read(calm.id);
      busy.engine.write(calm.id, 'top -b -n 2\r');
      busy.engine.advanceTo(busy.engine.now + 3e9);
      const top = plain(busy.engine.read(calm.id));
      const last = (re: RegExp): number => Number([...top.matchAll(re)].at(-1)?.[1]);
      return { st: last(/([\d.]+)%st/g), us: last(/([\d.]+)%us/g), process: last(/^ *\d+ root .* R +([\d.]+) .* bzip2$/gm) };
    };
    // One core, two busy vCPUs: the calm guest is ready about half the time while the other runs.
    const kvm = calmTop('bare-metal');
    expect(kvm.st).toBeGreaterThan(30);
    expect(kvm.st).toBeLessThan(70);
    expect(kvm.process).toBeLessThan(70);
    // VirtualBox tells its guest nothing: the ticks it missed are charged to its compute process, which looks to have the CPU.
    const vbox = calmTop('hosted');
    expect(vbox.st).toBe(0);
    expect(vbox.us).toBeGreaterThan(90);
    expect(vbox.process).toBeGreaterThan(90);
  });
});

describe('what a host sees of its guests', () => {
  test('a VM host’s load average counts each VM’s runnable vCPUs, the VM’s own its processes; on one kernel every container sees the host’s', () => {
    const s = preset();
    const load1 = (out: string): number => Number(/load average: ([\d.]+)/.exec(out)?.[1]);
    const at = 120e9;
    const vmGuest = load1(open(s, 'hosted', 'web1', at).type('uptime'));
    const vmHost = load1(open(s, 'hosted', MANAGER, at).type('uptime'));
    const ctGuest = load1(open(s, 'container', 'web1', at).type('uptime'));
    const ctHost = load1(open(s, 'container', MANAGER, at).type('uptime'));
    // web1's web-server workers queue behind its one vCPU: its kernel sees them all.
    expect(vmGuest).toBeGreaterThan(4);
    // The host kernel sees vCPU threads: never more than the VMs' vCPUs (1 + 2 + 1).
    expect(vmHost).toBeGreaterThan(1);
    expect(vmHost).toBeLessThanOrEqual(4);
    // One kernel: the host and every container read the same load, every container's workers in it.
    expect(ctHost).toBe(ctGuest);
    expect(ctHost).toBeGreaterThan(1);
  });
});

describe('boot, management and replay', () => {
  test('the boot log streams while a VM boots, then the prompt appears', () => {
    const engine = new PlatformEngine(preset(), 'hosted');
    const opened = engine.openConsole('web1');
    if ('error' in opened) throw new Error(opened.error);
    engine.advanceTo(0);
    const early = plain(engine.read(opened.id));
    expect(early).toContain('BIOS');
    expect(early).not.toContain('#');
    engine.advanceTo(120e9);
    const later = plain(engine.read(opened.id));
    expect(later).toContain('Linux version');
    expect(later).toMatch(/root@web1/);
  });

  test('a console opened on a guest that is already down says so at once', () => {
    const s = preset();
    const dom0 = open(s, 'bare-metal', MANAGER);
    dom0.engine.advanceTo(120e9);
    dom0.type('xm shutdown web1');
    dom0.engine.advanceTo(dom0.engine.now + 1e9);
    const web = dom0.engine.openConsole('web1');
    if ('error' in web) throw new Error(web.error);
    expect(plain(dom0.engine.read(web.id))).toContain('[web1 is powered off]');
  });

  test('xm shutdown in dom0 stops a guest, and its console says it is powered off', () => {
    const s = preset();
    const dom0 = open(s, 'bare-metal', MANAGER);
    dom0.engine.advanceTo(120e9);
    expect(dom0.type('xm list')).toMatch(/web1/);
    const web = dom0.engine.openConsole('web1');
    if ('error' in web) throw new Error(web.error);
    dom0.engine.advanceTo(dom0.engine.now + 1e8);
    dom0.engine.read(web.id);
    dom0.type('xm shutdown web1');
    dom0.engine.advanceTo(dom0.engine.now + 1e9);
    expect(plain(dom0.engine.read(web.id))).toContain('powered off');
    expect(dom0.engine.sim.guests.find((g) => g.spec.name === 'web1')?.state).toBe('stopped');
  });

  test('xentop’s first frame shows dom0 serving the guests’ I/O, as busy as in the next', () => {
    const frames = open(preset(), 'bare-metal', MANAGER, 120e9).type('xentop -b -i 2');
    const dom0 = [...frames.matchAll(/Domain-0 \S+\s+\d+\s+([\d.]+)/g)].map((m) => Number(m[1]));
    expect(dom0).toHaveLength(2);
    expect(dom0[0]).toBeGreaterThan(5);
    expect(Math.abs((dom0[0] as number) - (dom0[1] as number))).toBeLessThan(0.2 * (dom0[1] as number));
  });

  test('xm list counts dom0’s work for the guests once, in Domain-0’s time, not again in theirs', () => {
    const dom0 = open(preset(), 'bare-metal', MANAGER, 120e9);
    // The CPU every domain used by now, dom0's for the guests once: xm list runs at this instant.
    const sim = dom0.engine.sim;
    let busyNs = sim.background().ns[L.driverDomain] as number;
    for (const g of sim.guests) for (const v of g.totals(sim.now).ns) busyNs += v;
    const times = [...dom0.type('xm list').matchAll(/^(\S+)\s+\d+\s+\d+\s+\d+\s+\S+\s+([\d.]+)$/gm)].map((m) => Number(m[2]));
    expect(times).toHaveLength(4);
    // Each row is rounded to 0.1 s.
    expect(Math.abs(times.reduce((a, t) => a + t, 0) - busyNs / 1e9)).toBeLessThan(0.25);
  });

  test('docker top lists a container’s processes under the host’s pids: those the host’s ps shows, not the container’s own', () => {
    const s = loadPreset('docker');
    if (!s) throw new Error('docker preset');
    const host = open(s, 'container', MANAGER, 60e9);
    const pids = (out: string, pattern: RegExp): string[] => [...out.matchAll(pattern)].map((m) => m[1] as string);
    const top = pids(host.type('docker top web'), /^apache\s+(\d+)\s/gm);
    expect(top.length).toBeGreaterThan(0);
    expect(top).toEqual(pids(host.type('ps -ef'), /^apache\s+(\d+)\s.*httpd/gm));
    const inside = pids(host.type('docker exec web ps -ef'), /^apache\s+(\d+)\s/gm);
    expect(inside).toHaveLength(top.length);
    expect(inside).not.toEqual(top);
    // The shell docker exec started in it is on a terminal, in both listings.
    expect(host.type('docker top web')).toMatch(/^root\s+(\d+)\s+\d+\s+\d+\s+\S+\s+(pts\/\d+)\s+\S+\s+bash$/m);
    expect(host.type('docker top nope')).toContain('Error: No such container: nope');
  });

  test('docker exec prints what the command prints: no echo of it and no prompt of the container’s shell', () => {
    const s = loadPreset('docker');
    if (!s) throw new Error('docker preset');
    const out = open(s, 'container', MANAGER, 60e9).type('docker exec web uname -n');
    expect(out.split('\n')).toEqual(['docker exec web uname -n', 'web', 'root@cthost:~# ']);
  });

  test('docker exec, vzctl exec and zlogin wait for the command as for any, pass its exit status on, and Ctrl-C reaches it', () => {
    const s = loadPreset('docker');
    if (!s) throw new Error('docker preset');
    const host = open(s, 'container', MANAGER, 60e9);
    const t0 = host.engine.now;
    const bench = host.type('docker exec worker sysbench cpu --time=2 run');
    // The report comes when the run ends, two virtual seconds on; then the console's prompt.
    expect(bench).toMatch(/events per second:\s+[1-9]/);
    expect(bench.trimEnd().endsWith('root@cthost:~#')).toBe(true);
    expect(host.engine.now - t0).toBeGreaterThanOrEqual(2e9);
    expect(host.type('docker exec worker false; echo status=$?')).toContain('status=1');
    expect(host.type('docker exec worker ls /nonexistent; echo status=$?')).toContain('status=2');
    host.engine.write(host.id, 'docker exec worker sysbench cpu --time=60 run\r');
    host.engine.advanceTo(host.engine.now + 1e9);
    expect(host.engine.busy(host.id)).toBe(true);
    host.engine.write(host.id, '\x03');
    host.engine.advanceTo(host.engine.now);
    expect(host.engine.busy(host.id)).toBe(false);
    expect(plain(host.engine.read(host.id))).toMatch(/\^C\n(.|\n)*root@cthost:~# $/);
    const vz = loadPreset('virtuozzo');
    if (!vz) throw new Error('virtuozzo preset');
    expect(open(vz, 'container', MANAGER, 60e9).type('vzctl exec 101 false; echo status=$?')).toContain('status=1');
    expect(open(preset('solaris-containers'), 'container', MANAGER, 60e9).type('zlogin build false; echo status=$?')).toContain('status=1');
  });

  test('a VM is a process of the hosted VMM’s host: kill -9 of it takes that VM down, and only it; init shrugs', () => {
    const host = open(preset(), 'hosted', MANAGER, 100e9);
    const pid = /^root\s+(\d+) .*--comment build1\b/m.exec(host.type('ps -ef'))?.[1];
    expect(pid).toBeDefined();
    // A signal that does not end a process (STOP is not modelled) leaves the VM running.
    expect(host.type(`kill -CHLD ${pid}`)).not.toContain('kill:');
    expect(host.engine.sim.guests.find((g) => g.spec.name === 'build1')?.state).toBe('running');
    expect(host.type(`kill -9 ${pid}`)).not.toContain('kill:');
    const state = (name: string) => host.engine.sim.guests.find((g) => g.spec.name === name);
    expect(state('build1')?.state).toBe('crashed');
    expect(state('build1')?.crashReason).toContain(`(pid ${pid}), was killed with signal 9`);
    expect(state('web1')?.state).toBe('running');
    expect(host.type('ps -ef')).not.toContain('--comment build1');
    expect(host.type('kill 1')).not.toContain('kill:');
    expect(host.type('kill 99999')).toContain('No such process');
  });

  test('the container host sees and can kill a container’s processes: they are its own kernel’s', () => {
    const host = open(preset(), 'container', MANAGER, 100e9);
    const pid = /^apache\s+(\d+) .*httpd/m.exec(host.type('ps -ef'))?.[1];
    expect(pid).toBeDefined();
    const web = host.engine.sim.guests.find((g) => g.spec.name === 'web1');
    const served = web?.transactions ?? 0;
    expect(host.type(`kill ${pid}`)).not.toContain('kill:');
    host.engine.advanceTo(host.engine.now + 5e9);
    // The web server's workers are gone: it serves nothing more, and the container itself runs on.
    expect(web?.transactions).toBe(served);
    expect(web?.state).toBe('running');
  });

  test('on Xen a paravirtual domain is no process of dom0: its back-end threads cannot be killed', () => {
    const s: Scenario = { ...preset(), platforms: { ...preset().platforms, 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices: 'paravirtual' } } };
    const dom0 = open(s, 'bare-metal', MANAGER, 100e9);
    const pid = /^root\s+(\d+) .*\[blkback\.1\./m.exec(dom0.type('ps -ef'))?.[1];
    expect(pid).toBeDefined();
    expect(dom0.type(`kill -9 ${pid}`)).toContain('Operation not permitted');
    expect(dom0.engine.sim.guests.every((g) => g.state === 'running' || g.state === 'refused')).toBe(true);
  });

  test('a monitor typed while the run is paused draws its first frame at once, without waiting for time to move', () => {
    const engine = new PlatformEngine(preset(), 'bare-metal');
    engine.advanceTo(60e9);
    const opened = engine.openConsole(MANAGER);
    if ('error' in opened) throw new Error(opened.error);
    engine.read(opened.id);
    engine.write(opened.id, 'xentop\r');
    expect(plain(engine.read(opened.id))).toContain('Domain-0');
    expect(engine.now).toBe(60e9);
  });

  test('a recording replayed on a fresh engine gives the same output and results', () => {
    const s = preset();
    const first = open(s, 'hosted', 'web1');
    const a = first.type('uname -a') + first.type('lat_syscall null');
    const recording = first.engine.recording();
    expect(recording.map((r) => r.line)).toEqual(['uname -a', 'lat_syscall null']);
    const end = first.engine.now;

    const again = new PlatformEngine(s, 'hosted');
    again.replay(recording);
    again.advanceTo(end);
    expect(JSON.stringify(again.results())).toBe(JSON.stringify(first.engine.results()));
    expect(a).toContain('Simple syscall');
  });

  test('a replayed line prints as it did: laid out to the terminal size it was typed at, not a new console\'s 80 columns', () => {
    const s = preset();
    const first = open(s, 'hosted', 'manager');
    first.engine.resize(first.id, 160, 40);
    const wide = first.type('ps aux');
    const recording = first.engine.recording();
    expect(recording[0]).toMatchObject({ line: 'ps aux', columns: 160, rows: 40 });
    const longest = (out: string): number => Math.max(...out.split('\n').map((l) => l.length));
    expect(longest(wide)).toBeGreaterThan(80);

    const again = new PlatformEngine(s, 'hosted');
    again.replay(recording);
    again.advanceTo(first.engine.now);
    const shown = again.consoleFor('manager');
    if ('error' in shown) throw new Error(shown.error);
    const replayed = plain(again.read(shown.id));
    expect(replayed).toContain(wide.trim().split('\n').find((l) => l.includes('VBoxHeadless --comment web1')));
  });
});
