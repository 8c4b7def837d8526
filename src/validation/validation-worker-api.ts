/**
 * What the page's validation worker serves: the experiments' ids, and one experiment rerun
 * at a time (so the page can show each as it comes). The scenarios' runs are shared
 * between experiments through one ModelMeasurements.
 */
import { ModelMeasurements } from './model-measurements.ts';
import { EXPERIMENT_IDS, runExperimentById } from './run-validation.ts';
import type { ExperimentResult } from './validation-report.ts';

export class ValidationWorkerApi {
  private readonly measurements = new ModelMeasurements();

  experimentIds(): string[] {
    return [...EXPERIMENT_IDS];
  }

  runExperiment(id: string): ExperimentResult {
    return runExperimentById(id, this.measurements);
  }
}
