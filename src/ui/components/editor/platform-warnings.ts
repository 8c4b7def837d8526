/**
 * What each platform would refuse in a valid scenario, asked of the engine itself (a
 * platform simulation is built and read at time zero; no rule is repeated here): a refusal
 * of the whole platform (e.g. hardware assist on a CPU without VT-x) and of single guests
 * (e.g. a Windows guest on a Linux container host). Also the configuration's label.
 */
import { collectResults, createPlatformSimulation, type Scenario } from '../../../engine/index.ts';
import type { VirtualPlatform } from './scenario-options.ts';

export interface PlatformPreview {
  /** The engine's one-line description of the configuration. */
  readonly label: string;
  readonly refusal: string | null;
  /** Refused guests' reasons, by the guest's index (its name may be edited while the preview stands). */
  readonly refusedGuests: Readonly<Record<number, string>>;
}

export type PlatformPreviews = Readonly<Record<VirtualPlatform, PlatformPreview>>;

/**
 * What a preview depends on: the scenario without its names (a guest's refusal does not
 * depend on its name, and the refusals are by index), so renaming never builds the platforms again.
 */
export function previewKey(s: Scenario): string {
  return JSON.stringify({ ...s, name: '', description: '', guests: s.guests.map((g) => ({ ...g, name: '' })) });
}

/** One platform's preview: building a platform of 300 guests takes most of a second. */
export function previewPlatform(s: Scenario, kind: VirtualPlatform): PlatformPreview {
  try {
    const r = collectResults(createPlatformSimulation(s, kind));
    const index = new Map(s.guests.map((g, i) => [g.name, i]));
    const refusedGuests: Record<number, string> = {};
    if (!r.refusal) for (const g of r.guests) if (g.state === 'refused') refusedGuests[index.get(g.name) ?? -1] = g.reason ?? 'refused';
    return { label: r.label, refusal: r.refusal ?? null, refusedGuests };
  } catch (e) {
    return { label: '', refusal: `The engine could not build this platform: ${(e as Error).message}`, refusedGuests: {} };
  }
}
