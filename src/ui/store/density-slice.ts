/**
 * The density slice: each healthy platform's density curve for guests of one kind,
 * computed by its worker a few virtual seconds per call (so a long curve never looks hung,
 * reports its progress, and can be cancelled), and not kept in the state (the chart holds it).
 */
import { PLATFORM_KINDS, type DensityCurve, type PlatformKind } from '../../engine/index.ts';
import { adaptStep } from '../engine-client/lockstep.ts';
import type { PlaygroundActions } from './playground-state.ts';
import type { WorkerSlots } from './worker-slots.ts';

/** Virtual seconds of a step: it grows or shrinks toward STEP_TARGET_MS of wall time, far inside the hang timeout. */
const FIRST_STEP_S = 1;
const MAX_STEP_S = 600;
const STEP_TARGET_MS = 250;

export function densitySlice(slots: WorkerSlots, now: () => number): Pick<PlaygroundActions, 'densityCurves' | 'cancelDensity'> {
  // Bumped by every request and every cancel: a computation of an older one stops at its next step.
  let generation = 0;
  return {
    async densityCurves(guest, onProgress) {
      const gen = ++generation;
      const curves: Partial<Record<PlatformKind, DensityCurve | { error: string }>> = {};
      // Outside the lockstep lane: each worker runs its own fresh simulations, not the shown one.
      await Promise.all(
        PLATFORM_KINDS.map(async (k) => {
          const started = await slots.use(k, (w) => w.startDensity(guest));
          if (!started || 'error' in started) {
            if (started) curves[k] = started;
            return;
          }
          for (let stepS = FIRST_STEP_S; gen === generation; ) {
            const t0 = now();
            const r = await slots.use(k, (w) => w.densityStep(stepS));
            if (!r) return;
            if ('error' in r || r.done) {
              curves[k] = 'error' in r ? r : r.curve;
              return;
            }
            onProgress?.(k, r.progress);
            stepS = adaptStep(stepS, now() - t0, STEP_TARGET_MS, FIRST_STEP_S, MAX_STEP_S);
          }
          void slots.use(k, (w) => w.cancelDensity());
        }),
      );
      return gen === generation ? curves : null;
    },
    cancelDensity() {
      generation++;
    },
  };
}
