import { describe, expect, it } from 'vitest';
import type { CellResult, ExperimentResult } from '../../../validation/validation-report.ts';
import { RATIO_CAP, validationChart } from './validation-chart.ts';

const cell = (column: string, paper: number, model: number | null, relation: CellResult['relation']): CellResult => ({
  column,
  columnLabel: column,
  platform: 'hosted',
  paper,
  paperAsPrinted: paper,
  approximate: false,
  relation,
  model,
  error: model === null ? null : model / paper - 1,
  missing: model === null ? 'not measured' : null,
  provenance: { status: 'unverified', where: 'memory' },
});

const experiment = (relative: boolean, cells: CellResult[]): ExperimentResult => ({
  id: 'x',
  title: 'X',
  citation: '',
  setup: '',
  modelSetup: '',
  columns: [],
  benchmarks: [{ id: 'b', label: 'B', unit: 'µs', better: 'lower', relative, asModelled: '', paperSays: null, scenario: null, cells, ordering: { paper: null, model: null, matched: null } }],
});

describe('the validation chart', () => {
  it('draws relative experiments as % of native, a missing cell without a model bar', () => {
    const spec = validationChart(experiment(true, [cell('xen', 0.95, 0.9, 'relative'), cell('vmware', 0.3, null, 'relative')]));
    expect(spec.labels).toEqual(['B · xen', 'B · vmware']);
    expect(spec.series.map((s) => s.data)).toEqual([
      [95, 30],
      [90, null],
    ]);
  });

  it("draws other experiments as the model's multiple of the paper, cut at the cap", () => {
    const spec = validationChart(experiment(false, [cell('native', 0.45, 0.9, 'absolute'), cell('xen', 2, 20, 'absolute')]));
    expect(spec.series[0]?.data).toEqual([1, 1]);
    expect(spec.series[1]?.data[0]).toBeCloseTo(2, 9);
    expect(spec.series[1]?.data[1]).toBe(RATIO_CAP);
    expect(spec.valueMax).toBe(RATIO_CAP);
  });
});
