import { describe, expect, it } from 'vitest';
import { headlessShell, plainText } from '../headless-shell.ts';
import { loadPreset } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function typed(preset: string, platform: PlatformKind, guest: string, atS: number, command: string): string {
  return typedInto(preset, { platform, console: guest, atS }, [command]);
}

/** The round trip of ping's first reply, ms. */
function firstMs(out: string): number {
  return Number(/time[=<]([\d.]+) ?ms/.exec(out)?.[1]);
}

describe('ping resolves names as the hosts file does, and each reply carries the answering kernel’s TTL', () => {
  it('a Linux VM pinging the Windows VM: its address, TTL 128; the Windows VM pinging back: TTL 64', () => {
    const fromLinux = typed('classroom-default', 'hosted', 'web1', 80, 'ping -c 1 win1');
    expect(fromLinux).toMatch(/^PING win1 \(192\.168\.1\.102\) 56\(84\) bytes of data\.$/m);
    expect(fromLinux).toMatch(/^64 bytes from win1 \(192\.168\.1\.102\): icmp_seq=1 ttl=128 /m);
    const fromWindows = typed('classroom-default', 'hosted', 'win1', 80, 'ping -n 1 web1');
    expect(fromWindows).toMatch(/^Pinging web1 \[192\.168\.1\.100\] with 32 bytes of data:$/m);
    expect(fromWindows).toMatch(/^Reply from 192\.168\.1\.100: bytes=32 time\S+ TTL=64$/m);
  });

  it('Solaris answers with its own initial TTL, 255; a shared-IP zone has an address of its own on the shared NIC', () => {
    const scenario = loadPreset('classroom-default');
    if (!scenario) throw new Error('preset missing');
    const withSolaris = { ...scenario, guests: scenario.guests.map((g) => (g.name === 'build1' ? { ...g, os: 'solaris' as const } : g)) };
    const r = headlessShell(withSolaris, { platform: 'hosted', console: 'web1', atS: 90, commands: ['ping -c 1 build1'] });
    if ('error' in r) throw new Error(r.error);
    expect(plainText(r.output)).toMatch(/^64 bytes from build1 \(192\.168\.1\.101\): icmp_seq=1 ttl=255 /m);
    expect(typed('solaris-containers', 'container', 'web', 40, 'ping -s db 56 1')).toMatch(/^64 bytes from db \(192\.168\.1\.101\): icmp_seq=0\./m);
  });

  it('the remote machine has an address, and its replies wait for the busy host as a neighbour’s do', () => {
    const idle = typed('classroom-default', 'hosted', 'web1', 5, 'ping -c 1 remote');
    expect(idle).toMatch(/^64 bytes from remote \(192\.168\.1\.2\): icmp_seq=1 ttl=64 /m);
    expect(firstMs(typed('classroom-default', 'hosted', 'web1', 5, 'ping -c 1 192.168.1.2'))).toBe(firstMs(idle));
    // At 120 s every core is busy: the reply waits for web1's vCPU (and the VMM's I/O), as a neighbour's reply does.
    const busyRemote = firstMs(typed('classroom-default', 'hosted', 'web1', 120, 'ping -c 1 remote'));
    const busyNeighbour = firstMs(typed('classroom-default', 'hosted', 'web1', 120, 'ping -c 1 build1'));
    expect(busyRemote).toBeGreaterThan(5 * firstMs(idle));
    expect(busyRemote).toBeLessThan(busyNeighbour);
  });
});
