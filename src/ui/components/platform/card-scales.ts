/**
 * The units the guest cards share: CPU time and memory each in one unit on every card of
 * the page, chosen from the largest figure shown (format.ts scaleFor), so neighbouring
 * cards never mix seconds with hours or MiB with GiB.
 */
import type { GuestResult } from '../../../engine/index.ts';
import type { Playground } from '../../store/playground-state.ts';
import { usePlayground } from '../../store/use-playground.ts';
import { MEMORY_SCALES, TIME_SCALES, scaleFor, type Scale } from '../format/format.ts';
import { guestCpu, memoryParts } from './guest-figures.ts';

export interface CardScales {
  readonly time: Scale;
  readonly memory: Scale;
}

const largest = (s: Playground, f: (g: GuestResult) => number): number =>
  Object.values(s.platforms).reduce((m, p) => (p.snapshot ? p.snapshot.result.guests.reduce((n, g) => Math.max(n, f(g)), m) : m), 0);

export function useCardScales(): CardScales {
  const cpuMs = usePlayground((s) => largest(s, (g) => guestCpu(g).totalMs));
  const memoryMiB = usePlayground((s) => largest(s, (g) => memoryParts(g).total));
  return { time: scaleFor(TIME_SCALES, cpuMs), memory: scaleFor(MEMORY_SCALES, memoryMiB) };
}
