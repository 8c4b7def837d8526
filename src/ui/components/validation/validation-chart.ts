/**
 * An experiment's chart, paper vs model, from the worker's cells. Figure 3's cells are
 * relative to native, so both bars are drawn as % of native; other experiments mix units
 * (µs, cycles), so the model is drawn as a multiple of the paper's figure (1× is the paper),
 * cut at 4× so one wild cell does not flatten the rest. A missing cell has no bar. Bars run
 * left to right, one row per cell, so the cells' names stay readable.
 */
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { MODEL_COLOUR, PAPER_COLOUR } from '../../charts/palette.ts';
import type { ExperimentResult } from '../../../validation/validation-report.ts';

/** The most a "multiple of the paper" bar shows; the table has the real figure. */
export const RATIO_CAP = 4;

export function validationChart(e: ExperimentResult): ChartSpec {
  const cells = e.benchmarks.flatMap((b) => b.cells.map((c) => ({ label: `${b.label} · ${c.columnLabel}`, c })));
  const labels = cells.map((x) => x.label);
  if (e.benchmarks.every((b) => b.relative))
    return {
      type: 'bar',
      labels,
      series: [
        { label: 'paper', colour: PAPER_COLOUR, data: cells.map(({ c }) => c.paper * 100) },
        { label: 'model', colour: MODEL_COLOUR, data: cells.map(({ c }) => (c.model === null ? null : c.model * 100)) },
      ],
      horizontal: true,
      valueTitle: '% of native',
      format: (v) => `${Math.round(v)} %`,
    };
  return {
    type: 'bar',
    labels,
    series: [
      { label: 'paper', colour: PAPER_COLOUR, data: cells.map(() => 1) },
      { label: 'model', colour: MODEL_COLOUR, data: cells.map(({ c }) => (c.error === null ? null : Math.min(RATIO_CAP, c.error + 1))) },
    ],
    horizontal: true,
    valueTitle: "× the paper's figure",
    valueMax: RATIO_CAP,
    format: (v) => `${v.toFixed(2)}×`,
  };
}

/** The chart's height for its number of rows (two bars each), px. */
export function chartHeightPx(spec: ChartSpec): number {
  return 70 + 26 * spec.labels.length;
}
