/**
 * The faults slice: a fault injected into every platform at the same virtual instant, so
 * their blast radii compare side by side, and a crashed guest powered on again. Every
 * open console of a platform hears of its fault, as a kernel's broadcast reaches its terminals.
 */
import { describeFault, PLATFORM_KINDS, type FaultResult, type PlatformKind } from '../../engine/index.ts';
import type { LockstepClock } from './lockstep-clock.ts';
import type { Playground, PlaygroundActions } from './playground-state.ts';
import { systemLine, type WorkerSlots } from './worker-slots.ts';

type FaultsActions = Pick<PlaygroundActions, 'injectFault' | 'restartGuest'>;

export function faultsSlice(slots: WorkerSlots, clock: LockstepClock, get: () => Playground): FaultsActions {
  return {
    injectFault(kind, target, platforms = PLATFORM_KINDS) {
      return clock.exclusive(async () => {
        const live = platforms.filter((k) => slots.health(k) === 'ok');
        // Inside the lane no tick runs: every worker is at the same instant when the fault lands.
        const answers = await Promise.all(live.map((k) => slots.use(k, (w) => w.injectFault(kind, target))));
        const out: Partial<Record<PlatformKind, FaultResult | { error: string }>> = {};
        live.forEach((k, i) => {
          const a = answers[i];
          if (!a) return;
          out[k] = a;
          slots.markTyped(k);
          slots.router.notify(k, systemLine(`fault: ${'error' in a ? a.error : describeFault(a).trimEnd()}`));
        });
        await clock.advanceAll(get().nowNs, false);
        return out;
      });
    },
    restartGuest(platform, name) {
      return clock.exclusive(async () => {
        const why = await slots.use(platform, (w) => w.restartGuest(name));
        slots.markTyped(platform);
        await clock.advanceAll(get().nowNs, false);
        return why;
      });
    },
  };
}
