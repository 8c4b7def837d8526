/** The validation's summary: how many cells are within 10 % and 25 %, orderings matched, the worst cell. Misses count against. */
import type { ExperimentResult, ValidationSummary, WorstCell } from './validation-report.ts';

export function summarize(experiments: readonly ExperimentResult[]): ValidationSummary {
  let cells = 0;
  let measured = 0;
  let within10 = 0;
  let within25 = 0;
  let orderings = 0;
  let orderingsMatched = 0;
  let orderingsUnmeasured = 0;
  let worst: WorstCell | null = null;
  const provenance = { verified: 0, secondary: 0, unverified: 0 };
  for (const e of experiments)
    for (const b of e.benchmarks) {
      orderings++;
      if (b.ordering.matched === null) orderingsUnmeasured++;
      else if (b.ordering.matched) orderingsMatched++;
      for (const c of b.cells) {
        cells++;
        provenance[c.provenance.status]++;
        if (c.error === null || c.model === null) continue;
        measured++;
        const off = Math.abs(c.error);
        if (off <= 0.1) within10++;
        if (off <= 0.25) within25++;
        if (worst === null || off > Math.abs(worst.error))
          worst = { experiment: e.id, benchmark: b.label, column: c.columnLabel, paper: c.paper, model: c.model, error: c.error };
      }
    }
  return { cells, measured, missing: cells - measured, within10, within25, orderings, orderingsMatched, orderingsUnmeasured, worst, provenance };
}
