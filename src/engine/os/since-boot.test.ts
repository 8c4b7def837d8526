/**
 * A guest's own kernel counts from its boot (run/core/kernel-baseline.ts): after the guest
 * is restarted, vmstat, iostat and the load average read as they did after its first boot,
 * not as averages of every boot over the new uptime.
 */
import { describe, expect, test } from 'vitest';
import { guest, testScenario } from '../memory/test-host.ts';
import { PlatformEngine } from '../platform-engine.ts';
import type { PlatformKind } from '../scenario/schema.ts';

const COMMANDS = ['iostat -d', 'vmstat', 'cat /proc/loadavg'] as const;
const AFTER_BOOT_NS = 20e9;

function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\r/g, '');
}

/** What the guest's console shows, 20 s after its kernel started. */
function readings(engine: PlatformEngine): Record<(typeof COMMANDS)[number], string> {
  const g = engine.sim.guests[0];
  if (!g) throw new Error('no guest');
  while (g.kernelStartNs < 0) engine.advanceTo(engine.now + 0.1e9);
  engine.advanceTo(g.kernelStartNs + AFTER_BOOT_NS);
  const opened = engine.openConsole('web');
  if ('error' in opened) throw new Error(opened.error);
  engine.advanceTo(engine.now);
  engine.read(opened.id);
  const out = {} as Record<(typeof COMMANDS)[number], string>;
  for (const c of COMMANDS) {
    engine.write(opened.id, `${c}\r`);
    engine.advanceTo(engine.now);
    out[c] = plain(engine.read(opened.id));
  }
  return out;
}

const blkRead = (iostat: string): number => Number(/^\w+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+\d+$/m.exec(iostat)?.[1]);
const interrupts = (vmstat: string): number => Number(vmstat.trim().split('\n').at(-2)?.trim().split(/\s+/)[10]);
/** vmstat's us, sy, id and wa: shares of the CPU time since boot. */
const cpuShares = (vmstat: string): number[] => (vmstat.trim().split('\n').at(-2)?.trim().split(/\s+/) ?? []).slice(12, 16).map(Number);
const fifteenMinutes = (loadavg: string): number => Number(/^[\d.]+ [\d.]+ ([\d.]+)/m.exec(loadavg)?.[1]);

describe("a restarted guest's kernel counts from its new boot", () => {
  test.each<PlatformKind>(['native', 'hosted', 'bare-metal'])('%s: iostat, vmstat and the load average read as after the first boot', (kind) => {
    const s = testScenario([guest('web', 'cpu-int')]);
    const first = readings(new PlatformEngine(s, kind));
    const engine = new PlatformEngine(s, kind);
    engine.advanceTo(600e9);
    const g = engine.sim.guests[0];
    if (!g) throw new Error('no guest');
    engine.sim.stopGuest(g);
    engine.advanceTo(engine.now + 1e9);
    expect(engine.restartGuest('web')).toBeNull();
    const again = readings(engine);
    // The boot's reads, counted once.
    expect(blkRead(again['iostat -d'])).toBe(blkRead(first['iostat -d']));
    expect(blkRead(again['iostat -d'])).toBeGreaterThan(0);
    // Interrupts per second since boot: its timer's and its boot's, not ten minutes' more over twenty seconds.
    expect(interrupts(again.vmstat)).toBeGreaterThan(0);
    expect(interrupts(again.vmstat)).toBeLessThan(1.1 * interrupts(first.vmstat));
    // Its CPU since boot: as after the first boot, where ten minutes' more busy time over twenty seconds left no idle.
    const [firstShares, againShares] = [cpuShares(first.vmstat), cpuShares(again.vmstat)];
    expect(againShares).toHaveLength(4);
    againShares.forEach((share, i) => expect(Math.abs(share - (firstShares[i] as number)), again.vmstat).toBeLessThanOrEqual(3));
    // Twenty seconds of one busy process: a 15-minute average still low, as after the first boot.
    expect(fifteenMinutes(again['cat /proc/loadavg'])).toBeCloseTo(fifteenMinutes(first['cat /proc/loadavg']), 1);
  });
});
