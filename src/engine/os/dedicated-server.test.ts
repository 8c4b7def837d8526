import { describe, expect, it } from 'vitest';
import { collectResults } from '../run/collect-results.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { loadPreset } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function typed(preset: string, platform: PlatformKind, console: string, atS: number, command: string): string {
  return typedInto(preset, { platform, console, atS }, [command]);
}

/** free -m's used and cached, MiB. */
function freeM(out: string): { used: number; cached: number } {
  const f = /^Mem:\s+\d+\s+(\d+)\s+\d+\s+\d+\s+\d+\s+(\d+)$/m.exec(out);
  return { used: Number(f?.[1]), cached: Number(f?.[2]) };
}

const loadavg = (out: string): number => Number(/^(\d+\.\d\d) /m.exec(out)?.[1]);

describe("a native guest's console is its own dedicated server; an OpenVZ container keeps its own load average", () => {
  it('native: free shows the guest alone on the host’s hardware, as its card’s memory does; uptime its own load', () => {
    const scenario = loadPreset('classroom-default');
    if (!scenario) throw new Error('preset missing');
    const sim = createPlatformSimulation(scenario, 'native');
    sim.advanceTo(120e9);
    const cards = collectResults(sim).guests;
    for (const name of ['web1', 'build1']) {
      const card = cards.find((g) => g.name === name)?.memoryMiB ?? {};
      const total = Object.values(card).reduce((a, b) => a + b, 0);
      expect(freeM(typed('classroom-default', 'native', name, 120, 'free -m')), name).toEqual({ used: Math.round(total), cached: Math.round(card['page-cache'] ?? 0) });
    }
    const webLoad = loadavg(typed('classroom-default', 'native', 'web1', 120, 'cat /proc/loadavg'));
    const buildLoad = loadavg(typed('classroom-default', 'native', 'build1', 120, 'cat /proc/loadavg'));
    expect(webLoad).not.toBe(buildLoad);
  });

  it('a Virtuozzo container’s /proc/loadavg is its own (an idle one reads what is left of its boot’s disk waits); a Docker container’s is the host’s', () => {
    const idle = loadavg(typed('virtuozzo', 'container', 'manager', 90, 'vzctl exec shell cat /proc/loadavg'));
    const busy = loadavg(typed('virtuozzo', 'container', 'manager', 90, 'vzctl exec site1 cat /proc/loadavg'));
    const host = loadavg(typed('virtuozzo', 'container', 'manager', 90, 'cat /proc/loadavg'));
    expect(idle).toBeLessThan(0.05);
    expect(busy).toBeGreaterThan(10 * idle);
    expect(busy).toBeLessThan(host);
    const dockerIn = loadavg(typed('docker', 'container', 'manager', 90, 'docker exec api cat /proc/loadavg'));
    expect(dockerIn).toBe(loadavg(typed('docker', 'container', 'manager', 90, 'cat /proc/loadavg')));
  });
});

describe("the management host's free: a VM's page cache is the VM's, a container's the one kernel's", () => {
  const platformMemory = (preset: string, platform: PlatformKind, atS: number): { total: number; pageCache: number } => {
    const scenario = loadPreset(preset);
    if (!scenario) throw new Error(`${preset} preset missing`);
    const sim = createPlatformSimulation(scenario, platform);
    sim.advanceTo(atS * 1e9);
    const m = collectResults(sim).memoryMiB;
    return { total: m.total, pageCache: m.byLayer['page-cache'] ?? 0 };
  };

  it('a hosted VMM’s host and a KVM host count the VMs’ memory, their guests’ page cache in it, as used: the host cannot drop it', () => {
    for (const [preset, platform] of [['gsx-server', 'hosted'], ['kvm', 'bare-metal']] as const) {
      const m = platformMemory(preset, platform, 100);
      expect(m.pageCache, preset).toBeGreaterThan(100);
      const f = freeM(typed(preset, platform, 'manager', 100, 'free -m'));
      // free -m drops the fraction of a MiB.
      expect(m.total - f.used, preset).toBeGreaterThanOrEqual(0);
      expect(m.total - f.used, preset).toBeLessThan(1);
      expect(f.cached, preset).toBe(0);
    }
  });

  it('a container host’s cached is its containers’ page cache, which its kernel can drop', () => {
    const m = platformMemory('virtuozzo', 'container', 100);
    expect(m.pageCache).toBeGreaterThan(0);
    const f = freeM(typed('virtuozzo', 'container', 'manager', 100, 'free -m'));
    expect(m.total - f.used).toBeGreaterThanOrEqual(0);
    expect(m.total - f.used).toBeLessThan(1);
    expect(m.pageCache - f.cached).toBeGreaterThanOrEqual(0);
    expect(m.pageCache - f.cached).toBeLessThan(1);
  });
});
