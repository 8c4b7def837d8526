/**
 * The density slice: each healthy platform's density curve for guests of one kind, asked
 * of its worker and not kept in the state (the chart holds it).
 */
import { PLATFORM_KINDS, type DensityCurve, type PlatformKind } from '../../engine/index.ts';
import type { PlaygroundActions } from './playground-state.ts';
import type { WorkerSlots } from './worker-slots.ts';

/** A density curve the page asks for: at most 32 guests and 10 virtual s a point, so a worker answers well within the hang timeout. */
const DENSITY_REQUEST = { maxGuests: 32, windowS: 10 } as const;

export function densitySlice(slots: WorkerSlots): Pick<PlaygroundActions, 'densityCurves'> {
  return {
    async densityCurves(guest) {
      // Outside the lockstep lane: each worker runs its own fresh simulations, not the shown one.
      const answers = await Promise.all(PLATFORM_KINDS.map((k) => slots.use(k, (w) => w.densityCurve(guest, DENSITY_REQUEST))));
      const curves: Partial<Record<PlatformKind, DensityCurve | { error: string }>> = {};
      PLATFORM_KINDS.forEach((k, i) => {
        const c = answers[i];
        if (c) curves[k] = c;
      });
      return curves;
    },
  };
}
