/**
 * A published experiment as VirtScope reruns it: the paper's columns mapped onto the
 * model's platforms, its benchmarks mapped onto the model's workloads or shell commands,
 * and the scenario (an ordinary file in public/validation/) that sets the host up as the
 * paper's. The figures themselves are in reference/published-figures.ts.
 */
import type { PlatformKind } from '../engine/index.ts';
import type { PublishedFigure } from './reference/published-figures.ts';

/** The lmbench lines the shell's `lmbench` family prints (shell/workload-commands/lmbench.ts). */
export type LmbenchTest = 'null-call' | 'fork-exec' | 'ctx-2p-0k' | 'page-fault' | 'pte-write' | 'port-in' | 'bare-fault' | 'cr8-write' | 'call-return' | 'divide-error';

/** How the model measures a benchmark. */
export type Measure =
  /**
   * The scenario's one guest, run for `durationS` on each platform, read as its throughput
   * relative to native, its transactions per second (ttcp: Mbit/s), or µs per transaction
   * (one worker: the time one operation takes).
   */
  | { readonly kind: 'workload'; readonly scenario: string; readonly durationS: number; readonly read: 'relative' | 'per-second' | 'us-per-transaction' }
  /** `lmbench` typed into the scenario's one guest on each platform: µs per operation (or cycles at the host's clock). */
  | { readonly kind: 'lmbench'; readonly scenario: string; readonly test: LmbenchTest; readonly unit: 'us' | 'cycles' }
  /**
   * Every guest of the scenario, run until all have booted (at most `bootLimitS`), then
   * `windowS` more: the transactions all of them completed in the window, over what the
   * `against` platform's guests completed in theirs (aggregate throughput, relative).
   */
  | { readonly kind: 'aggregate'; readonly scenario: string; readonly windowS: number; readonly bootLimitS: number; readonly against: PlatformKind };

export interface Column {
  readonly id: string;
  /** As the paper names it. */
  readonly label: string;
  readonly platform: PlatformKind;
}

export interface Benchmark {
  readonly id: string;
  readonly label: string;
  /** The unit of the paper's figures (cells show relative figures where `relative`). */
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  /** Compare relative to native (the paper's figure is a bar relative to native) instead of absolute. */
  readonly relative: boolean;
  /** The published figures by column id. */
  readonly paper: Readonly<Partial<Record<string, PublishedFigure>>>;
  readonly measure: Measure;
  /** What in the model stands for the benchmark, and how closely. */
  readonly asModelled: string;
  /** What the paper's text says about it, verified (optional). */
  readonly paperSays?: string;
}

export interface Experiment {
  readonly id: string;
  readonly title: string;
  readonly citation: string;
  /** The paper's setup, as the paper states it. */
  readonly setup: string;
  /** How the model's scenario differs from that setup, and why. */
  readonly modelSetup: string;
  readonly columns: readonly Column[];
  readonly benchmarks: readonly Benchmark[];
}
