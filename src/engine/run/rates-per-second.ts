/**
 * The rates a platform's column shows (each layer's share of the cores, exits and each
 * guest's transactions per second) over the last whole virtual second, read at the engine's
 * 1 Hz sample: the same at the same virtual time whatever the run's speed or the page's
 * ticks, so a shared link or a lab's check sees what the sender or the teacher saw.
 */
import { EXIT_REASONS } from '../metrics/exit-reasons.ts';
import { L, LAYERS, LAYER_COUNT } from '../metrics/layers.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

/** Figures of one virtual second: each a rate per virtual second. */
export interface StepRates {
  /** Share of the host's cores each layer used (0–1 each; the sum, idle included, is 1). */
  readonly cpuShareByLayer: Readonly<Record<string, number>>;
  readonly exitsPerSecond: Readonly<Record<string, number>>;
  /** Scenario workload transactions per second, by guest. */
  readonly throughputByGuest: Readonly<Record<string, number>>;
}

/** The counters at one sample: CPU by layer and exits of the whole platform, transactions by guest. */
interface Mark {
  readonly nowNs: number;
  readonly layerNs: Float64Array;
  readonly exits: Float64Array;
  readonly tx: readonly number[];
}

export const NO_RATES: StepRates = { cpuShareByLayer: {}, exitsPerSecond: {}, throughputByGuest: {} };

export class RatesPerSecond {
  private last: Mark | null = null;
  private rates: StepRates = NO_RATES;

  constructor(private readonly sim: PlatformSimulation) {
    sim.on('sampled', () => this.sample());
  }

  /** Over the last whole virtual second before now (none in the first second). */
  current(): StepRates {
    return this.rates;
  }

  private sample(): void {
    const mark = measure(this.sim);
    if (this.last) this.rates = between(this.last, mark, this.sim);
    this.last = mark;
  }
}

function measure(sim: PlatformSimulation): Mark {
  const layerNs = new Float64Array(LAYER_COUNT);
  const exits = new Float64Array(EXIT_REASONS.length);
  const add = (t: { ns: Float64Array; exits: Float64Array }): void => {
    t.ns.forEach((v, i) => (layerNs[i] = (layerNs[i] as number) + v));
    t.exits.forEach((v, i) => (exits[i] = (exits[i] as number) + v));
  };
  add(sim.background());
  for (const g of sim.guests) add(g.totals(sim.now));
  return { nowNs: sim.now, layerNs, exits, tx: sim.guests.map((g) => g.transactions) };
}

function between(a: Mark, b: Mark, sim: PlatformSimulation): StepRates {
  const dt = (b.nowNs - a.nowNs) / 1e9;
  // CPU is charged as each burst ends, so a busy second can be charged a little more than the cores' time in it
  // (its first bursts began in the second before): the shares are of what was charged, never of more than the cores had.
  const stepNs = LAYERS.map((_, i) => (i === L.idle ? 0 : Math.max(0, (b.layerNs[i] as number) - (a.layerNs[i] as number))));
  const busyNs = stepNs.reduce((s, v) => s + v, 0);
  // The platform's cores: on native, every dedicated server's, so shares stay within 100 %.
  const coresNs = dt * 1e9 * sim.scheduler.cores;
  stepNs[L.idle] = Math.max(0, coresNs - busyNs);
  const ofNs = Math.max(coresNs, busyNs);
  return {
    cpuShareByLayer: Object.fromEntries(LAYERS.map((l, i) => [l, ofNs > 0 ? (stepNs[i] as number) / ofNs : 0])),
    exitsPerSecond: Object.fromEntries(
      EXIT_REASONS.map((r, i): [string, number] => [r, ((b.exits[i] as number) - (a.exits[i] as number)) / dt]).filter(([, v]) => v > 0),
    ),
    throughputByGuest: Object.fromEntries(sim.guests.map((g, i) => [g.spec.name, ((b.tx[i] ?? 0) - (a.tx[i] ?? 0)) / dt])),
  };
}
