/**
 * Reruns the published experiments on the model and sets paper beside model, cell by cell.
 * The model's figures come from ModelMeasurements (engine runs); the paper's from
 * reference/published-figures.ts. A cell the model cannot produce is kept, as a miss.
 */
import type { Benchmark, Experiment } from './experiment.ts';
import { EXPERIMENTS } from './experiments.ts';
import { ModelMeasurements, type Measured } from './model-measurements.ts';
import { compareOrdering, type Ranked } from './ordering.ts';
import { summarize } from './summarize.ts';
import type { BenchmarkResult, CellResult, ExperimentResult, ValidationReport } from './validation-report.ts';

export const EXPERIMENT_IDS: readonly string[] = EXPERIMENTS.map((e) => e.id);

/** Every experiment; `measurements` may be shared between calls (each scenario runs once). */
export function runValidation(measurements = new ModelMeasurements()): ValidationReport {
  const experiments = EXPERIMENTS.map((e) => runExperiment(e, measurements));
  return { experiments, summary: summarize(experiments) };
}

/** One experiment by id (the page runs them one at a time, to show each as it comes). */
export function runExperimentById(id: string, measurements = new ModelMeasurements()): ExperimentResult {
  const e = EXPERIMENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no experiment "${id}" (experiments: ${EXPERIMENT_IDS.join(', ')})`);
  return runExperiment(e, measurements);
}

function runExperiment(e: Experiment, measurements: ModelMeasurements): ExperimentResult {
  return {
    id: e.id,
    title: e.title,
    citation: e.citation,
    setup: e.setup,
    modelSetup: e.modelSetup,
    columns: e.columns.map((c) => ({ id: c.id, label: c.label, platform: c.platform })),
    benchmarks: e.benchmarks.map((b) => runBenchmark(e, b, measurements)),
  };
}

function runBenchmark(e: Experiment, b: Benchmark, measurements: ModelMeasurements): BenchmarkResult {
  const measured = new Map(e.columns.map((c) => [c.id, measurements.measure(b.measure, c.platform)]));
  const nativeModel = valueOf(measured.get('native'));
  const nativePaper = b.paper['native']?.value;
  const cells: CellResult[] = [];
  const paperRanks: Ranked[] = [];
  const modelRanks: Ranked[] = [];
  for (const c of e.columns) {
    const f = b.paper[c.id];
    const m = measured.get(c.id) ?? { missing: 'not run' };
    const modelAbsolute = valueOf(m);
    // Relative benchmarks: native is the baseline (1), not a cell.
    if (b.relative) {
      const paper = f === undefined || nativePaper === undefined ? null : b.better === 'higher' ? f.value / nativePaper : nativePaper / f.value;
      paperRanks.push({ label: c.label, value: c.id === 'native' ? 1 : paper });
      modelRanks.push({ label: c.label, value: modelAbsolute });
      if (c.id === 'native' || f === undefined || paper === null) continue;
      cells.push(cell(c, f.value, paper, 'relative', modelAbsolute, m, f));
      continue;
    }
    paperRanks.push({ label: c.label, value: f && (f.relation ?? 'absolute') === 'absolute' ? f.value : null });
    modelRanks.push({ label: c.label, value: modelAbsolute });
    if (f === undefined) continue;
    const relation = f.relation ?? 'absolute';
    const model =
      modelAbsolute === null ? null : relation === 'absolute' ? modelAbsolute : nativeModel === null ? null : relation === 'over-native' ? modelAbsolute - nativeModel : modelAbsolute / nativeModel;
    const why = model === null && modelAbsolute !== null ? 'no native figure to compare with' : null;
    cells.push(cell(c, f.value, f.value, relation, model, why ? { missing: why } : m, f));
  }
  return {
    id: b.id,
    label: b.label,
    unit: b.unit,
    better: b.better,
    relative: b.relative,
    asModelled: b.asModelled,
    paperSays: b.paperSays ?? null,
    scenario: b.measure.scenario,
    cells,
    // Relative figures are throughput-like (native time / time for the build): higher is better.
    ordering: compareOrdering(paperRanks, modelRanks, b.relative ? 'higher' : b.better),
  };
}

function valueOf(m: Measured | undefined): number | null {
  return m !== undefined && 'value' in m ? m.value : null;
}

function cell(
  c: Experiment['columns'][number],
  printed: number,
  paper: number,
  relation: CellResult['relation'],
  model: number | null,
  m: Measured,
  f: NonNullable<Benchmark['paper'][string]>,
): CellResult {
  return {
    column: c.id,
    columnLabel: c.label,
    platform: c.platform,
    paper,
    paperAsPrinted: printed,
    approximate: f.approximate === true,
    relation,
    model,
    error: model === null || paper === 0 ? null : model / paper - 1,
    missing: model === null ? ('missing' in m ? m.missing : 'no figure') : null,
    provenance: f.provenance,
  };
}
