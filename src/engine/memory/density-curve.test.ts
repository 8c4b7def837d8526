import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS } from '../scenario/schema.ts';
import { DEFAULT_DENSITY, densityCurve, parseGuestKind, type DensityCurve, type GuestKind } from './density-curve.ts';
import { guest, testScenario } from './test-host.ts';

/** An 8-core, 8 GiB host whose scenario names the two guest kinds: a 1 GiB memory streamer and a 256 MiB request/response client. */
const host = testScenario([guest('s', 'stream', { memoryMiB: 1024 }), guest('n', 'net-rr', { memoryMiB: 256 })], { cores: 8, memoryMiB: 8192 });
const STREAM: GuestKind = { os: 'linux', workload: 'stream' };
const NET_RR: GuestKind = { os: 'linux', workload: 'net-rr' };

const curves = new Map<string, DensityCurve>();
function curve(kind: (typeof PLATFORM_KINDS)[number], guestKind: GuestKind): DensityCurve {
  const key = `${kind}/${guestKind.workload}`;
  const c = curves.get(key) ?? densityCurve(host, kind, { ...DEFAULT_DENSITY, maxGuests: 24, guest: guestKind });
  curves.set(key, c);
  return c;
}

describe('the density curve', { timeout: 60_000 }, () => {
  test('throughput per guest never rises as guests are added (within the batches’ sampling noise)', () => {
    for (const kind of PLATFORM_KINDS) {
      for (const g of [STREAM, NET_RR]) {
        const points = curve(kind, g).points;
        expect(points.length, kind).toBeGreaterThan(2);
        for (let i = 1; i < points.length; i++) {
          expect(points[i]!.perGuest, `${kind} ${g.workload} at ${points[i]!.guests}`).toBeLessThanOrEqual(points[i - 1]!.perGuest * 1.005);
        }
      }
    }
  });

  test('on native every guest has a server of its own: throughput per guest never falls, and the knee is the largest count', () => {
    const c = curve('native', NET_RR);
    expect(c.points.every((p) => p.relative >= DEFAULT_DENSITY.threshold)).toBe(true);
    expect(c.knee).toBe(c.points.at(-1)?.guests);
    // …and says so: those guests take as many servers, they do not fit on one host.
    expect(c.serverEach).toBe(true);
    for (const kind of PLATFORM_KINDS.filter((k) => k !== 'native')) expect(curve(kind, NET_RR).serverEach, kind).toBeUndefined();
  });

  test('the knee is the last count at or above the threshold, and the next one falls under it', () => {
    for (const kind of PLATFORM_KINDS.filter((k) => k !== 'native')) {
      const c = curve(kind, NET_RR);
      const at = (n: number) => c.points.find((p) => p.guests === n);
      expect(at(c.knee)!.relative, kind).toBeGreaterThanOrEqual(DEFAULT_DENSITY.threshold);
      expect(at(c.knee + 1)!.relative, kind).toBeLessThan(DEFAULT_DENSITY.threshold);
    }
  });

  test('the knee moves with the guest kind: 1 GiB memory streamers fill the host before small request/response guests', () => {
    for (const kind of PLATFORM_KINDS.filter((k) => k !== 'native')) expect(curve(kind, STREAM).knee, kind).toBeLessThan(curve(kind, NET_RR).knee);
    // On the hosted VMM without swap, memory ends it: the host's OOM killer takes VMs down.
    const hosted = curve('hosted', STREAM);
    const full = hosted.points.find((p) => p.guests === hosted.knee + 1)!;
    expect(full.running).toBeLessThan(full.guests);
  });

  test('the same scenario gives the same curve', () => {
    const a = densityCurve(host, 'bare-metal', { ...DEFAULT_DENSITY, maxGuests: 12, guest: STREAM });
    const b = densityCurve(host, 'bare-metal', { ...DEFAULT_DENSITY, maxGuests: 12, guest: STREAM });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('a guest kind is <os>:<workload>; anything else says what is wrong', () => {
    expect(parseGuestKind('linux:oltp')).toEqual({ os: 'linux', workload: 'oltp' });
    expect(parseGuestKind('linux')).toContain('<os>:<workload>');
    expect(parseGuestKind('beos:oltp')).toContain('unknown OS');
    expect(parseGuestKind('linux:quake')).toContain('unknown workload');
  });

  test('a platform that cannot run the guest is refused, not measured', () => {
    const c = densityCurve(host, 'container', { ...DEFAULT_DENSITY, maxGuests: 4, guest: { os: 'windows', workload: 'web-server' } });
    expect(c.refusal).toContain('kernel');
    expect(c.points).toEqual([]);
    expect(c.knee).toBe(0);
  });
});
