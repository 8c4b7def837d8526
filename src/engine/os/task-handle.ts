/** A command's view of a task the engine runs for it. */
import { LAYERS } from '../metrics/layers.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import type { Task } from '../run/core/task.ts';
import type { TouchingWorkers } from '../run/core/touching-workers.ts';
import type { TaskHandle, TaskProgress } from './machine.ts';

/** `touching`: the task's workers that allocate memory, if it has them (their memory goes when the task ends). */
export function taskHandle(sim: PlatformSimulation, t: Task, touching: TouchingWorkers | null = null): TaskHandle {
  return {
    progress: (): TaskProgress => {
      if (t.ended) touching?.stop();
      const byLayer: Record<string, number> = {};
      LAYERS.forEach((l, i) => {
        const v = t.cpuNs[i] as number;
        if (v > 0) byLayer[l] = v;
      });
      const p50 = t.latency.quantile(0.5);
      const p99 = t.latency.quantile(0.99);
      return {
        done: t.ended,
        transactions: t.transactions,
        unit: t.workload?.unit ?? '',
        elapsedNs: (t.ended ? t.endNs : sim.now) - t.startNs,
        cpuNsByLayer: byLayer,
        latencyMs: { p50: p50 === null ? null : p50 / 1e6, p99: p99 === null ? null : p99 / 1e6 },
        ...(touching ? { oomKilled: touching.kills.map((k) => k.instance), noMemory: [...touching.gaveUp] } : {}),
      };
    },
    cancel: () => {
      sim.endTask(t);
      touching?.stop();
    },
  };
}

/** A handle for a task that could not start. */
export function failedHandle(error: string): TaskHandle {
  const progress: TaskProgress = { done: true, error, transactions: 0, unit: '', elapsedNs: 0, cpuNsByLayer: {}, latencyMs: { p50: null, p99: null } };
  return { progress: () => progress, cancel: () => undefined };
}
