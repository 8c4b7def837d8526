/** What a validation run produces: paper vs model per cell, orderings, and the summary. Plain data (JSON, worker messages). */
import type { PlatformKind } from '../engine/index.ts';
import type { Provenance } from './reference/published-figures.ts';

export interface CellResult {
  readonly column: string;
  readonly columnLabel: string;
  readonly platform: PlatformKind;
  /** The paper's figure as compared: relative to native for relative benchmarks, else as printed. */
  readonly paper: number;
  /** The figure as the paper prints it (a bar label, a table entry, a cycle count). */
  readonly paperAsPrinted: number;
  readonly approximate: boolean;
  /** How the figure relates to native: absolute, cycles over native, or a multiple of native. */
  readonly relation: 'absolute' | 'relative' | 'over-native' | 'times-native';
  readonly model: number | null;
  /** model / paper − 1; null when the model has no figure. */
  readonly error: number | null;
  /** Why the model has no figure (a miss), or null. */
  readonly missing: string | null;
  readonly provenance: Provenance;
}

export interface OrderingResult {
  /** Best first, "≈" for figures within 1 %; null where a column has no figure. */
  readonly paper: string | null;
  readonly model: string | null;
  /** Null when either side is incomplete. */
  readonly matched: boolean | null;
}

export interface BenchmarkResult {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  readonly relative: boolean;
  readonly asModelled: string;
  readonly paperSays: string | null;
  /** The scenario file (public/validation/<name>.json) the model ran, or null. */
  readonly scenario: string | null;
  readonly cells: readonly CellResult[];
  readonly ordering: OrderingResult;
}

export interface ExperimentResult {
  readonly id: string;
  readonly title: string;
  readonly citation: string;
  readonly setup: string;
  readonly modelSetup: string;
  readonly columns: readonly { readonly id: string; readonly label: string; readonly platform: PlatformKind }[];
  readonly benchmarks: readonly BenchmarkResult[];
}

export interface WorstCell {
  readonly experiment: string;
  readonly benchmark: string;
  readonly column: string;
  readonly paper: number;
  readonly model: number;
  readonly error: number;
}

export interface ValidationSummary {
  readonly cells: number;
  readonly measured: number;
  readonly missing: number;
  readonly within10: number;
  readonly within25: number;
  readonly orderings: number;
  readonly orderingsMatched: number;
  /** Benchmarks whose ordering could not be compared (a figure missing on either side). */
  readonly orderingsUnmeasured: number;
  readonly worst: WorstCell | null;
  readonly provenance: Readonly<Record<Provenance['status'], number>>;
}

export interface ValidationReport {
  readonly experiments: readonly ExperimentResult[];
  readonly summary: ValidationSummary;
}
