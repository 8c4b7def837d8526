/**
 * The validation's worker, as the page reaches it (this folder owns Comlink): the
 * published experiments are rerun on the engine in a module Web Worker, never on the page's
 * thread. In Node tests the same API answers in-process over a MessageChannel.
 */
import * as Comlink from 'comlink';
import type { ExperimentResult } from '../../validation/validation-report.ts';
import { ValidationWorkerApi } from '../../validation/validation-worker-api.ts';

export interface ValidationWorker {
  experimentIds(): Promise<string[]>;
  runExperiment(id: string): Promise<ExperimentResult>;
  /** Ends the worker; calls still waiting reject. Idempotent. */
  terminate(): void;
}

export type ValidationWorkerFactory = () => ValidationWorker;

/** The validation in a module Web Worker (the page). */
export const createValidationWorker: ValidationWorkerFactory = () => {
  const worker = new Worker(new URL('../../validation/validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
  const waiting = new Set<(e: Error) => void>();
  const onError = (e: ErrorEvent): void => {
    const problem = new Error(e.message ? `the validation worker failed: ${e.message}` : 'the validation worker failed');
    [...waiting].forEach((fail) => fail(problem));
  };
  worker.addEventListener('error', onError);
  return connect(Comlink.wrap<ValidationWorkerApi>(worker), waiting, () => {
    worker.removeEventListener('error', onError);
    worker.terminate();
  });
};

/** The same API on this thread over a MessageChannel (Node tests). */
export const createInProcessValidationWorker: ValidationWorkerFactory = () => {
  const channel = new MessageChannel();
  Comlink.expose(new ValidationWorkerApi(), channel.port1);
  return connect(Comlink.wrap<ValidationWorkerApi>(channel.port2), new Set(), () => {
    channel.port1.close();
    channel.port2.close();
  });
};

/** `waiting` holds the rejection of each call under way, so a worker that fails rejects them. */
function connect(remote: Comlink.Remote<ValidationWorkerApi>, waiting: Set<(e: Error) => void>, end: () => void): ValidationWorker {
  let ended = false;
  const call = <T>(f: () => Promise<T>): Promise<T> =>
    ended
      ? Promise.reject(new Error('the validation worker was terminated'))
      : new Promise<T>((resolve, reject) => {
          const fail = (e: Error): void => {
            waiting.delete(fail);
            reject(e);
          };
          waiting.add(fail);
          f().then(
            (v) => {
              waiting.delete(fail);
              resolve(v);
            },
            (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
          );
        });
  return {
    experimentIds: () => call(() => remote.experimentIds()),
    runExperiment: (id) => call(() => remote.runExperiment(id)),
    terminate() {
      if (ended) return;
      ended = true;
      remote[Comlink.releaseProxy]();
      end();
      [...waiting].forEach((fail) => fail(new Error('the validation worker was terminated')));
    },
  };
}
