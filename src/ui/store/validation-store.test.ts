import { describe, expect, it } from 'vitest';
import { createInProcessValidationWorker, type ValidationWorker } from '../engine-client/validation-worker.ts';
import { createValidationStore } from './validation-store.ts';

describe('the validation store', () => {
  it('runs every experiment in the worker, one at a time, and counts their cells', { timeout: 120_000 }, async () => {
    const calls: string[] = [];
    let ended = 0;
    const store = createValidationStore(() => {
      const w = createInProcessValidationWorker();
      return {
        experimentIds: () => w.experimentIds(),
        runExperiment: (id) => {
          calls.push(id);
          return w.runExperiment(id);
        },
        terminate: () => {
          ended++;
          w.terminate();
        },
      } satisfies ValidationWorker;
    });
    await store.getState().run();
    const s = store.getState();
    expect(s.status).toBe('done');
    expect(s.experiments.map((e) => e.id)).toEqual(calls);
    expect(s.total).toBe(calls.length);
    expect(s.summary?.cells).toBe(s.experiments.flatMap((e) => e.benchmarks.flatMap((b) => b.cells)).length);
    expect(ended).toBe(1);
  });

  it('says what went wrong when the worker fails, and ends it', async () => {
    let ended = false;
    const store = createValidationStore(() => ({
      experimentIds: () => Promise.resolve(['barham2003-figure3']),
      runExperiment: () => Promise.reject(new Error('the validation worker failed: out of memory')),
      terminate: () => {
        ended = true;
      },
    }));
    await store.getState().run();
    expect(store.getState()).toMatchObject({ status: 'failed', problem: 'the validation worker failed: out of memory', experiments: [] });
    expect(ended).toBe(true);
  });
});
