/**
 * The scale line of `npm run bench`: hosting-server mixes of small containers
 * (scale-scenario.ts) on the container platform — the one worker a page runs them in —
 * from power-on for SCALE_VIRTUAL_S, boots included. Prints virtual seconds per wall
 * second, the wall cost per virtual second and per guest (flat means linear growth), and
 * the largest heap seen at the 1 s samples.
 */
import { performance } from 'node:perf_hooks';
import { createPlatformSimulation, parseScenario } from '../src/engine/index.ts';
import { scaleScenario } from './scale-scenario.ts';

const SCALE_VIRTUAL_S = 60;
const COUNTS = [10, 100, 300, 1000];

interface ScalePoint {
  readonly guests: number;
  readonly wallS: number;
  readonly events: number;
  readonly peakHeapMiB: number;
}

function runScale(n: number): ScalePoint {
  const parsed = parseScenario(scaleScenario(n));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const t0 = performance.now();
  const sim = createPlatformSimulation(parsed.scenario, 'container');
  let peak = process.memoryUsage().heapUsed;
  for (let s = 1; s <= SCALE_VIRTUAL_S; s++) {
    sim.advanceTo(s * 1e9);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { guests: n, wallS: (performance.now() - t0) / 1000, events: sim.events, peakHeapMiB: peak / 2 ** 20 };
}

export function printScaleLine(line: (label: string, value: string) => void): void {
  process.stdout.write(`\nscale: n small Linux containers (1/3 idle, 1/3 web, 1/3 cpu-int) on a 64-core host, ${SCALE_VIRTUAL_S} virtual s from power-on, one worker (container platform)\n`);
  runScale(10); // warm-up
  const points = COUNTS.map(runScale);
  for (const p of points) {
    const perVirtualS = (p.wallS / SCALE_VIRTUAL_S) * 1e3;
    line(
      `${p.guests} containers: virtual s per wall s`,
      `${(SCALE_VIRTUAL_S / p.wallS).toFixed(1)}  (${perVirtualS.toFixed(1)} ms wall per virtual s, ${((perVirtualS * 1e3) / p.guests).toFixed(0)} µs per guest; ${p.events} events; peak heap ${p.peakHeapMiB.toFixed(0)} MiB)`,
    );
  }
  const first = points[1] as ScalePoint;
  const last = points[points.length - 1] as ScalePoint;
  line(`cost per virtual s, ${first.guests} -> ${last.guests} guests`, `x${(last.wallS / first.wallS).toFixed(1)} for x${last.guests / first.guests} guests  (goal: no worse than linear)`);
  line(`${last.guests} containers, virtual s per wall s`, `${(SCALE_VIRTUAL_S / last.wallS).toFixed(1)}  (goal >= 10)`);
}
