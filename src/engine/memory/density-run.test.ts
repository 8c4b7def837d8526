import { describe, expect, test } from 'vitest';
import { PlatformWorkerApi } from '../platform-worker-api.ts';
import { DEFAULT_DENSITY, densityCurve, maxDensityPoints, type GuestKind } from './density-curve.ts';
import { DensityRun } from './density-run.ts';
import { guest, testScenario } from './test-host.ts';

const host = testScenario([guest('n', 'net-rr', { memoryMiB: 256 })], { cores: 4, memoryMiB: 4096 });
const NET_RR: GuestKind = { os: 'linux', workload: 'net-rr' };
const options = { ...DEFAULT_DENSITY, maxGuests: 6, windowS: 5, guest: NET_RR };

describe('a density curve computed step by step', () => {
  test('gives the same curve as at once, one virtual second per step, its progress rising', () => {
    const run = new DensityRun(host, 'hosted', options);
    const seen: number[] = [];
    let steps = 0;
    for (;;) {
      const r = run.advance(1);
      steps++;
      if (r.done) {
        expect(JSON.stringify(r.curve)).toBe(JSON.stringify(densityCurve(host, 'hosted', options)));
        break;
      }
      seen.push(r.progress.virtualS);
    }
    // Every step simulated exactly one more virtual second, and there were many.
    expect(seen).toEqual(seen.map((_, i) => i + 1));
    expect(steps).toBeGreaterThan(10);
  });

  test('in larger steps too, and the points counted as they are measured', () => {
    const run = new DensityRun(host, 'container', options);
    let points = 0;
    for (;;) {
      const r = run.advance(7);
      if (r.done) {
        expect(r.curve).toEqual(densityCurve(host, 'container', options));
        expect(points).toBeLessThanOrEqual(r.curve.points.length);
        break;
      }
      expect(r.progress.points).toBeGreaterThanOrEqual(points);
      points = r.progress.points;
    }
  });

  test('a step never runs on into a point with more guests than it started with, past that point\'s first second', () => {
    // Guests per virtual second, one second at a time.
    const reference = new Map<number, number>();
    const oneByOne = new DensityRun(host, 'hosted', options);
    for (let r = oneByOne.advance(1); !r.done; r = oneByOne.advance(1)) reference.set(r.progress.virtualS, r.progress.guests);
    const run = new DensityRun(host, 'hosted', options);
    let guests = 1;
    let changes = 0;
    for (let r = run.advance(600); !r.done; r = run.advance(600)) {
      if (r.progress.guests !== guests) {
        // The second before this step's last was still the point it started in.
        expect(reference.get(r.progress.virtualS - 1)).toBe(guests);
        changes++;
      }
      guests = r.progress.guests;
    }
    expect(changes).toBeGreaterThan(2);
  });
});

describe('the worker computes a density curve a step per call', () => {
  test('started, stepped to the end, then no curve; a bad guest kind or no start is an answer, not a throw', () => {
    const api = new PlatformWorkerApi();
    api.load(host, 'bare-metal');
    expect(api.densityStep(5)).toEqual({ error: 'no density curve is being computed' });
    expect(api.startDensity('linux:nonsense')).toHaveProperty('error');
    expect(api.startDensity('linux:net-rr', { maxGuests: 6, windowS: 5 })).toEqual({ ok: true });
    let r = api.densityStep(1);
    expect(r).toMatchObject({ done: false, progress: { platform: 'bare-metal', virtualS: 1 } });
    while (!('error' in r) && !r.done) r = api.densityStep(50);
    expect(r).toMatchObject({ done: true, curve: { platform: 'bare-metal' } });
    expect(api.densityStep(1)).toHaveProperty('error');
  });

  test('cancelled, or dropped by loading a scenario', () => {
    const api = new PlatformWorkerApi();
    api.load(host, 'container');
    api.startDensity('linux:net-rr');
    api.cancelDensity();
    expect(api.densityStep(1)).toHaveProperty('error');
    api.startDensity('linux:net-rr');
    api.load(host, 'container');
    expect(api.densityStep(1)).toHaveProperty('error');
  });
});

describe('the most points a curve measures', () => {
  test('bounds every curve measured, for the CLI’s progress bar', () => {
    for (const kind of ['hosted', 'container'] as const) {
      const c = densityCurve(host, kind, { ...options, maxGuests: 12 });
      expect(c.points.length).toBeLessThanOrEqual(maxDensityPoints(12));
    }
    expect(maxDensityPoints(1)).toBe(1);
  });
});
