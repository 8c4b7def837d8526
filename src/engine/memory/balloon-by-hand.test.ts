import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import { PlatformEngine } from '../platform-engine.ts';
import { plainText } from '../headless-shell.ts';
import { loadPreset } from '../scenario/presets.ts';

/** A console's output after its commands, from the line that typed `from` on. */
function after(out: string, from: string): string {
  return out.slice(out.indexOf(`# ${from}\n`));
}

describe('a balloon driven by hand: xm mem-set and virsh setmem', () => {
  test("xm mem-set shrinks a Xen domain as far as it can spare: xm list shows it, xm info's free memory grows by as much, and the freed memory starts the domain that did not fit", () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, [
      'xm info',
      'xm create big memory=1550 vcpus=1 os=linux workload=idle',
      'xm mem-set db 300',
      'xm list db',
      'xm info',
      'xm create big',
      'xm list big',
    ]);
    const free = [...out.matchAll(/^free_memory +: (\d+)$/gm)].map((m) => Number(m[1]));
    const db = Number(/^db +2 +(\d+) +1 /m.exec(after(out, 'xm list db'))?.[1]);
    // The database's kernel and working memory stay: its balloon takes its free memory and page cache.
    expect(db).toBeGreaterThan(300);
    expect(db).toBeLessThan(768);
    expect((free[1] ?? 0) - (free[0] ?? 0)).toBe(768 - db);
    expect(out).toMatch(/# xm create big memory=1550 vcpus=1 os=linux workload=idle\nError: Not enough free memory: this guest needs 1558 MiB and 1472 MiB is free/);
    // The domain refused for want of memory is tried again, and starts.
    expect(after(out, 'xm create big')).toMatch(/^Started domain big$/m);
    expect(after(out, 'xm list big')).toMatch(/^big +\d+ +1550 +1 /m);
  });

  test('a balloon gives back only what the guest can spare (free memory and page cache), and never more than its maximum', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['xm mem-set compute 16', 'xm list compute', 'xm mem-set compute 1024', 'xm mem-set Domain-0 256']);
    const shown = Number(/^compute +4 +(\d+) /m.exec(out)?.[1]);
    expect(shown).toBeGreaterThan(16);
    expect(shown).toBeLessThan(256);
    expect(out).toContain('# xm mem-set compute 1024\nError: cannot set memory higher than its maximum, 256 MiB\n');
    expect(out).toContain("# xm mem-set Domain-0 256\nError: Domain-0's memory is set at boot (dom0_mem) in this model.\n");
  });

  test("virsh setmem: dominfo's used memory follows, in whole KiB, and the host's free memory grows", () => {
    const host = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 60 }, ['free -m', 'virsh setmem web 1048576', 'virsh dominfo web', 'free -m', 'virsh setmem web 9G', 'virsh setmem web x']);
    expect(after(host, 'virsh dominfo web')).toContain('\nMax memory:     2097152 KiB\nUsed memory:    1048576 KiB\n');
    const free = [...host.matchAll(/^Mem: +\d+ +\d+ +(\d+) /gm)].map((m) => Number(m[1]));
    expect((free[1] ?? 0) - (free[0] ?? 0)).toBe(1024);
    expect(host).toContain('# virsh setmem web 9G\nerror: invalid argument: cannot set memory higher than max memory\n');
    // A balloon that stops short of its target (the guest cannot spare more) leaves whole KiB, as libvirt counts them.
    const short = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['virsh setmem db 2048', 'virsh dominfo db']);
    expect(short).toMatch(/^Used memory: +\d+ KiB$/m);
    expect(host).toContain('# virsh setmem web x\nerror: Invalid value of x for memory size\n');
  });

  test("a Linux guest's own free loses the balloon's pages from its total (virtio and Xen's drivers take them out of the kernel's count); a container has no balloon to drive; a reboot gives a domain its whole memory back", () => {
    const scenario = loadPreset('kvm');
    if (!scenario) throw new Error('no kvm preset');
    const engine = new PlatformEngine(scenario, 'bare-metal');
    const web = engine.openConsole('web');
    if ('error' in web) throw new Error(web.error);
    // Past the four guests' boot from one disk.
    engine.advanceTo(150e9);
    expect(engine.sim.guests[0]?.state).toBe('running');
    // Its total, and what its processes and kernel use (free's -/+ buffers/cache row).
    const totalAndUsed = (): number[] => {
      const out = typed(engine, web.id, 'free -m');
      return [/^Mem: +(\d+) /m.exec(out)?.[1], /^-\/\+ buffers\/cache: +(\d+) /m.exec(out)?.[1]].map(Number);
    };
    const [totalBefore = 0, usedBefore = 0] = totalAndUsed();
    expect(engine.manager.setMemory?.('web', 1024)).toBeNull();
    const [totalAfter = 0, usedAfter = 0] = totalAndUsed();
    expect(totalBefore - totalAfter).toBe(1024);
    expect(usedAfter).toBe(usedBefore);
    expect('setMemory' in new PlatformEngine(scenario, 'container').manager).toBe(false);
    const xen = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['xm mem-set db 300', 'xm shutdown db', 'xm create db', 'xm list db']);
    expect(after(xen, 'xm list db')).toMatch(/^db +\d+ +768 +1 /m);
  });
});

/** What `line` typed into an open console prints. */
function typed(engine: PlatformEngine, id: number, line: string): string {
  engine.read(id);
  engine.write(id, `${line}\r`);
  engine.advanceTo(engine.now);
  return plainText(engine.read(id));
}

describe('VirtualBox: VBoxManage controlvm guestmemoryballoon', () => {
  test("the balloon's size in MB goes back to the host, whose free memory grows by it; a balloon bigger than the VM is refused", () => {
    const out = typedInto('virtualbox', { platform: 'hosted', console: 'manager', atS: 150 }, ['free -m', 'VBoxManage controlvm web guestmemoryballoon 400', 'free -m', 'VBoxManage controlvm web guestmemoryballoon 99999']);
    const free = [...out.matchAll(/^Mem: +\d+ +\d+ +(\d+) /gm)].map((m) => Number(m[1]));
    expect((free[1] ?? 0) - (free[0] ?? 0)).toBe(400);
    expect(out).toContain('# VBoxManage controlvm web guestmemoryballoon 99999\nVBoxManage: error: Invalid memory balloon size: 99999 MB (the VM has 1024 MB)\n');
  });
});

describe('starting a refused guest tries it again', () => {
  test("a refusal of the platform's own stays: a Windows container is still refused, with its reason", () => {
    const out = typedInto('classroom-default', { platform: 'container', console: 'manager', atS: 30 }, ['docker start win1', 'docker ps -a']);
    expect(out).toContain('# docker start win1\nError response from daemon: A container shares the host');
    expect(out).toContain('Error: failed to start containers: win1\n');
  });
});

describe('a guest admitted late joins the host like the others', () => {
  test('on a busy host it waits for a core as its neighbours do (ready time from the host busy clock)', () => {
    const scenario = loadPreset('xen');
    if (!scenario) throw new Error('no xen preset');
    const engine = new PlatformEngine(scenario, 'bare-metal');
    engine.advanceTo(150e9);
    expect(engine.manager.create({ name: 'big', os: 'linux', vcpus: 1, memoryMiB: 1550, workload: 'cpu-int' })).toContain('Not enough free memory');
    expect(engine.manager.setMemory?.('db', 300)).toBeNull();
    expect(engine.manager.start('big')).toBeNull();
    engine.advanceTo(300e9);
    const big = engine.manager.list().find((g) => g.name === 'big');
    expect(big?.state).toBe('running');
    expect(big?.cpuNs).toBeGreaterThan(30e9);
    // Five busy domains and dom0 on two cores: it waits for one a good part of the time.
    expect(big?.readyNs).toBeGreaterThan(10e9);
  });
});
