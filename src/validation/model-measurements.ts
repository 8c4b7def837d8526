/**
 * What the model measures for a benchmark, per platform: a workload's throughput (relative to
 * native, per second, or as µs per transaction) from a whole scenario run, all the guests'
 * throughput once they have booted, or the shell's lmbench typed into the guest. Each run is
 * done once per scenario and shared by every benchmark that reads it. Nothing here looks at
 * the published figures.
 */
import { CPU_GENERATIONS, createPlatformSimulation, headlessShell, plainText, runScenario, type PlatformKind, type ScenarioResult } from '../engine/index.ts';
import type { LmbenchTest, Measure } from './experiment.ts';
import { validationScenario } from './validation-scenarios.ts';

/** A platform's figure, or why there is none. */
export type Measured = { readonly value: number } | { readonly missing: string };

/** The lines lmbench prints (shell/workload-commands/lmbench.ts), µs per operation. */
const LMBENCH_LINES: Readonly<Record<LmbenchTest, RegExp>> = {
  'null-call': /Simple syscall: ([\d.]+) microseconds/,
  'fork-exec': /Process fork\+execve: ([\d.]+) microseconds/,
  'ctx-2p-0k': /Context switching - size=0k ovr=[\d.]+: 2 ([\d.]+)/,
  'page-fault': /Pagefaults on \S+: ([\d.]+) microseconds/,
  'pte-write': /PTE write \(ptemod\): ([\d.]+) microseconds/,
  'port-in': /Port read \(in 0x80\): ([\d.]+) microseconds/,
  'bare-fault': /Bare page fault \(pgfault\): ([\d.]+) microseconds/,
  'cr8-write': /CR8 write \(cr8wr\): ([\d.]+) microseconds/,
  'call-return': /Call\/return \(callret\): ([\d.]+) microseconds/,
  'divide-error': /Divide error \(divzero\): ([\d.]+) microseconds/,
};

export class ModelMeasurements {
  private readonly runs = new Map<string, ScenarioResult>();
  private readonly lmbench = new Map<string, string>();
  private readonly aggregates = new Map<string, Measured>();

  measure(m: Measure, platform: PlatformKind): Measured {
    if (m.kind === 'workload') return this.workload(m.scenario, m.durationS, m.read, platform);
    if (m.kind === 'aggregate') {
      const mine = this.aggregate(m.scenario, m.windowS, m.bootLimitS, platform);
      const base = this.aggregate(m.scenario, m.windowS, m.bootLimitS, m.against);
      if ('missing' in mine) return mine;
      if ('missing' in base) return { missing: `nothing to compare with on ${m.against}: ${base.missing}` };
      return { value: mine.value / base.value };
    }
    const out = this.lmbenchOutput(m.scenario, platform);
    const match = LMBENCH_LINES[m.test].exec(out);
    if (!match) return { missing: `lmbench printed no ${m.test} figure on ${platform}: ${lastLine(out)}` };
    const us = Number(match[1]);
    return { value: m.unit === 'us' ? us : us * 1000 * CPU_GENERATIONS[validationScenario(m.scenario).host.cpu].ghz };
  }

  private workload(name: string, durationS: number, read: 'relative' | 'per-second' | 'us-per-transaction', platform: PlatformKind): Measured {
    const key = `${name}@${durationS}`;
    let run = this.runs.get(key);
    if (!run) {
      run = runScenario(validationScenario(name), durationS);
      this.runs.set(key, run);
    }
    const p = run.platforms[platform];
    const g = p.guests[0];
    if (!g) return { missing: 'the scenario has no guest' };
    if (g.state === 'refused') return { missing: `refused: ${g.reason ?? p.refusal ?? 'no reason given'}` };
    const state = `${g.state}${g.reason ? `: ${g.reason}` : ''}`;
    if (read === 'relative') return g.relativeToNative === null ? { missing: `no throughput to compare (${state})` } : { value: g.relativeToNative };
    if (!(g.throughput.perSecond > 0)) return { missing: `no transaction completed (${state})` };
    return { value: read === 'per-second' ? g.throughput.perSecond : 1e6 / g.throughput.perSecond };
  }

  /** Transactions of all the scenario's guests in `windowS` once every one has booted. */
  private aggregate(name: string, windowS: number, bootLimitS: number, platform: PlatformKind): Measured {
    const key = `${name}@${windowS}@${bootLimitS}@${platform}`;
    const cached = this.aggregates.get(key);
    if (cached !== undefined) return cached;
    const result = aggregateTransactions(name, windowS, bootLimitS, platform);
    this.aggregates.set(key, result);
    return result;
  }

  private lmbenchOutput(name: string, platform: PlatformKind): string {
    const key = `${name}@${platform}`;
    const cached = this.lmbench.get(key);
    if (cached !== undefined) return cached;
    const scenario = validationScenario(name);
    const guest = scenario.guests[0]?.name ?? '';
    const r = headlessShell(scenario, { platform, console: guest, commands: ['lmbench'] });
    const out = 'error' in r ? r.error : plainText(r.output);
    this.lmbench.set(key, out);
    return out;
  }
}

function aggregateTransactions(name: string, windowS: number, bootLimitS: number, platform: PlatformKind): Measured {
  const sim = createPlatformSimulation(validationScenario(name), platform);
  const booting = (): boolean => sim.guests.some((g) => g.state === 'booting');
  while (booting() && sim.now < bootLimitS * 1e9) sim.advanceTo(sim.now + 1e9);
  if (booting()) return { missing: `still booting after ${bootLimitS} virtual s` };
  const done = (): number => sim.guests.reduce((n, g) => n + g.transactions, 0);
  const before = done();
  sim.advanceTo(sim.now + windowS * 1e9);
  const tx = done() - before;
  return tx > 0 ? { value: tx } : { missing: 'no transaction completed' };
}

function lastLine(s: string): string {
  return s.trim().split('\n').at(-1)?.slice(0, 120) ?? '';
}
