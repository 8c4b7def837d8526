/**
 * The Validation view's state: the published experiments rerun in their own worker, one at
 * a time, their results as they come, and the summary over what has come. The page computes
 * no model figure; the summary only counts the worker's cells. Its own small zustand store,
 * independent of the playground's.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { summarize } from '../../validation/summarize.ts';
import type { ExperimentResult, ValidationSummary } from '../../validation/validation-report.ts';
import { createValidationWorker, type ValidationWorkerFactory } from '../engine-client/validation-worker.ts';

export type ValidationStatus = 'idle' | 'running' | 'done' | 'failed';

export interface ValidationState {
  readonly status: ValidationStatus;
  /** How many experiments there are (0 until the worker has said). */
  readonly total: number;
  readonly experiments: readonly ExperimentResult[];
  readonly summary: ValidationSummary | null;
  readonly problem: string | null;
}

export interface ValidationStore extends ValidationState {
  /** Reruns every experiment (again, if it ran before); a run under way is left to finish. */
  run(): Promise<void>;
}

const idle: ValidationState = { status: 'idle', total: 0, experiments: [], summary: null, problem: null };

export function createValidationStore(factory: ValidationWorkerFactory): StoreApi<ValidationStore> {
  return createStore<ValidationStore>()((set, get) => ({
    ...idle,
    async run() {
      if (get().status === 'running') return;
      set({ ...idle, status: 'running' });
      const worker = factory();
      try {
        const ids = await worker.experimentIds();
        set({ total: ids.length });
        for (const id of ids) {
          const e = await worker.runExperiment(id);
          const experiments = [...get().experiments, e];
          set({ experiments, summary: summarize(experiments) });
        }
        set({ status: 'done' });
      } catch (e) {
        set({ status: 'failed', problem: e instanceof Error ? e.message : String(e) });
      } finally {
        worker.terminate();
      }
    },
  }));
}

let store: StoreApi<ValidationStore> | null = null;

/** The page's validation store (created on first use, with the Web Worker). */
export function getValidation(): StoreApi<ValidationStore> {
  store ??= createValidationStore(createValidationWorker);
  return store;
}

export function useValidation<T>(select: (s: ValidationStore) => T): T {
  return useStore(getValidation(), select);
}
