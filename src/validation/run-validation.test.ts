import { beforeAll, describe, expect, it } from 'vitest';
import { formatValidation } from '../cli/format-validation.ts';
import type { PlatformKind } from '../engine/index.ts';
import type { Measure } from './experiment.ts';
import { EXPERIMENTS } from './experiments.ts';
import { ModelMeasurements, type Measured } from './model-measurements.ts';
import { summarize } from './summarize.ts';
import { runExperimentById, runValidation } from './run-validation.ts';
import type { ValidationReport } from './validation-report.ts';

let report: ValidationReport;
beforeAll(() => {
  report = runValidation();
}, 120_000);

/** Published figures the experiments compare: all of them, less the native bars of relative benchmarks (the baseline). */
function publishedCells(): number {
  return EXPERIMENTS.flatMap((e) => e.benchmarks.flatMap((b) => Object.keys(b.paper).filter((col) => !(b.relative && col === 'native')))).length;
}

describe('validation', () => {
  it('keeps every published figure as a cell, measured or missing', () => {
    const cells = report.experiments.flatMap((e) => e.benchmarks.flatMap((b) => b.cells));
    expect(cells).toHaveLength(publishedCells());
    expect(report.summary.cells).toBe(cells.length);
    expect(report.summary.measured + report.summary.missing).toBe(cells.length);
  });

  it('keeps a cell whose measurement fails, as missing with the reason, and prints it as such', () => {
    class FailingAggregate extends ModelMeasurements {
      override measure(m: Measure, platform: PlatformKind): Measured {
        return m.kind === 'aggregate' ? { missing: `boots never ended on ${platform}` } : super.measure(m, platform);
      }
    }
    const failed = runExperimentById('barham2003-scalability', new FailingAggregate());
    const bench = failed.benchmarks.find((b) => b.id === 'slice-5ms');
    expect(bench?.cells).toHaveLength(1);
    for (const c of bench?.cells ?? []) {
      expect(c.model).toBeNull();
      expect(c.error).toBeNull();
      expect(c.missing).toBe('boots never ended on bare-metal');
    }
    expect(bench?.ordering.matched).toBeNull();
    const text = formatValidation({ experiments: [failed], summary: summarize([failed]) });
    expect(text).toMatch(/128 domains, 5 ms slice \(vs native\)\s+Xen\s+0\.925\s+—\s+MISSING/);
    expect(text).toMatch(/the model measured 0, 1 missing/);
  });

  it('measures the 128 domains as aggregate throughput against the same programs on one kernel', () => {
    const cell = report.experiments.find((e) => e.id === 'barham2003-scalability')?.benchmarks[0]?.cells[0];
    expect(cell?.platform).toBe('bare-metal');
    // Switching every 5 ms costs some of the throughput; nothing makes Xen faster than the processes.
    expect(cell?.model).toBeGreaterThan(0.5);
    expect(cell?.model).toBeLessThan(1);
  });

  it('reads ttcp as Mbit/s and fork as µs per forkwait transaction', () => {
    const lm = report.experiments.find((e) => e.id === 'barham2003-lmbench')?.benchmarks.find((b) => b.id === 'fork-proc');
    const ttcp = report.experiments.find((e) => e.id === 'barham2003-ttcp')?.benchmarks.find((b) => b.id === 'mtu1500-tx');
    for (const c of [...(lm?.cells ?? []), ...(ttcp?.cells ?? [])]) expect(c.model).toBeGreaterThan(0);
    // A gigabit link carries no more than 1000 Mbit/s of payload on any platform.
    for (const c of ttcp?.cells ?? []) expect(c.model).toBeLessThan(1000);
  });

  it('compares Figure 3 as throughput relative to native, the build as native time over time', () => {
    const fig3 = report.experiments.find((e) => e.id === 'barham2003-figure3');
    const build = fig3?.benchmarks.find((b) => b.id === 'linux-build');
    const vmware = build?.cells.find((c) => c.column === 'vmware');
    expect(vmware?.paper).toBeCloseTo(263 / 334, 6);
    expect(vmware?.paperAsPrinted).toBe(334);
    expect(build?.cells.map((c) => c.column)).toEqual(['xen', 'vmware']);
    // The Xen cell is the overhead the paper's text states, so it is the verified one.
    expect(build?.cells.find((c) => c.column === 'xen')?.provenance.status).toBe('verified');
  });

  it("computes each measured cell's error from the model's figure and the paper's", () => {
    const measured = report.experiments.flatMap((e) => e.benchmarks.flatMap((b) => b.cells)).filter((c) => c.model !== null);
    expect(measured.length).toBeGreaterThan(0);
    for (const c of measured) expect(c.error).toBeCloseTo((c.model ?? 0) / c.paper - 1, 9);
  });

  it("reads the lmbench figures from what the guest's shell printed, in cycles at the host's clock for the nanobenchmarks", () => {
    const m = new ModelMeasurements();
    const us = m.measure({ kind: 'lmbench', scenario: 'adams-agesen-2006', test: 'page-fault', unit: 'us' }, 'native');
    const cycles = m.measure({ kind: 'lmbench', scenario: 'adams-agesen-2006', test: 'page-fault', unit: 'cycles' }, 'native');
    expect('value' in us && 'value' in cycles).toBe(true);
    if ('value' in us && 'value' in cycles) expect(cycles.value).toBeCloseTo(us.value * 3000, 6);
  });

  it('is deterministic: the same experiment twice gives the same figures', () => {
    expect(runExperimentById('barham2003-lmbench')).toEqual(report.experiments.find((e) => e.id === 'barham2003-lmbench'));
  });

  it('refuses an unknown experiment by name', () => {
    expect(() => runExperimentById('nope')).toThrow(/no experiment "nope"/);
  });
});
