import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { runScenario } from './run-scenario.ts';

function preset(name: string): Scenario {
  const s = loadPreset(name);
  if (!s) throw new Error(name);
  return s;
}

const noisy = preset('noisy-neighbour');
const capped = preset('noisy-neighbour-limits');
const quiet: Scenario = { ...noisy, guests: noisy.guests.filter((g) => g.name !== 'flood') };
const SECONDS = 30;

const perSecond = (r: ReturnType<typeof runScenario>, kind: keyof ReturnType<typeof runScenario>['platforms'], name: string): number =>
  r.platforms[kind].guests.find((g) => g.name === name)?.throughput.perSecond ?? Number.NaN;

describe('a noisy neighbour', () => {
  const alone = runScenario(quiet, SECONDS, { alone: false });
  const flooded = runScenario(noisy, SECONDS, { alone: false });
  const limited = runScenario(capped, SECONDS, { alone: false });
  const kinds = ['hosted', 'bare-metal', 'container'] as const;

  test('on native each guest has a server of its own: the flood costs its neighbours nothing', () => {
    expect(perSecond(flooded, 'native', 'rr')).toBe(perSecond(alone, 'native', 'rr'));
  });

  test('a guest flooding the CPU costs the others throughput and latency on every platform that shares the host', () => {
    for (const kind of kinds) {
      expect(perSecond(flooded, kind, 'rr'), kind).toBeLessThan(perSecond(alone, kind, 'rr'));
      const rr = (r: typeof alone) => r.platforms[kind].guests.find((g) => g.name === 'rr')?.latencyMs.p50 ?? 0;
      expect(rr(flooded), kind).toBeGreaterThan(rr(alone));
    }
  });

  test('capped at 200 %, the flood uses at most two cores, and its victims get some of their throughput back', () => {
    for (const kind of kinds) {
      const flood = limited.platforms[kind].guests.find((g) => g.name === 'flood');
      const cpuMs = Object.entries(flood?.cpuMsByLayer ?? {}).reduce((s, [, v]) => s + v, 0);
      expect(cpuMs, kind).toBeLessThanOrEqual(2 * SECONDS * 1000);
      expect(perSecond(limited, kind, 'flood'), kind).toBeLessThan(perSecond(flooded, kind, 'flood'));
      expect(perSecond(limited, kind, 'rr'), kind).toBeGreaterThan(perSecond(flooded, kind, 'rr'));
    }
  });
});
