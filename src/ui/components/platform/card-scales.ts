/**
 * The units the guest cards share: CPU time and memory each in one unit on every card of
 * the page, chosen from the largest figure shown (format.ts scaleFor), so neighbouring
 * cards never mix seconds with hours or MiB with GiB.
 */
import { useMemo } from 'react';
import type { GuestResult } from '../../../engine/index.ts';
import type { PlatformSnapshot } from '../../../engine/platform-worker-api.ts';
import type { Playground } from '../../store/playground-state.ts';
import { usePlayground } from '../../store/use-playground.ts';
import { MEMORY_SCALES, TIME_SCALES, scaleFor, type Scale } from '../format/format.ts';
import { guestCpu, memoryParts } from './guest-figures.ts';

export interface CardScales {
  readonly time: Scale;
  readonly memory: Scale;
}

interface Largest {
  readonly cpuMs: number;
  readonly memoryMiB: number;
}

/**
 * Each guest result's figures and each snapshot's largest, worked out once: the selectors
 * run on every store change in all four columns, and with a thousand guests a scan each
 * time was the page's main cost. A big scenario's snapshot brings a hundred new guest
 * results (lockstep.ts guestWindowAt), so only those are measured again.
 */
const perGuest = new WeakMap<GuestResult, Largest>();
const perSnapshot = new WeakMap<PlatformSnapshot, Largest>();

function figuresOf(g: GuestResult): Largest {
  let found = perGuest.get(g);
  if (!found) {
    found = { cpuMs: guestCpu(g).totalMs, memoryMiB: memoryParts(g).total };
    perGuest.set(g, found);
  }
  return found;
}

function largestOf(snapshot: PlatformSnapshot): Largest {
  let found = perSnapshot.get(snapshot);
  if (!found) {
    let cpuMs = 0;
    let memoryMiB = 0;
    for (const g of snapshot.result.guests) {
      const f = figuresOf(g);
      cpuMs = Math.max(cpuMs, f.cpuMs);
      memoryMiB = Math.max(memoryMiB, f.memoryMiB);
    }
    found = { cpuMs, memoryMiB };
    perSnapshot.set(snapshot, found);
  }
  return found;
}

/** The largest of `figure` on any card of the page. */
export const largestOnPage = (s: Playground, figure: keyof Largest): number =>
  Object.values(s.platforms).reduce((m, p) => (p.snapshot ? Math.max(m, largestOf(p.snapshot)[figure]) : m), 0);

/** The page's units; the same object while they stay, so the (memoised) cards need not render again. */
export function useCardScales(): CardScales {
  const time = usePlayground((s) => scaleFor(TIME_SCALES, largestOnPage(s, 'cpuMs')));
  const memory = usePlayground((s) => scaleFor(MEMORY_SCALES, largestOnPage(s, 'memoryMiB')));
  return useMemo(() => ({ time, memory }), [time, memory]);
}
