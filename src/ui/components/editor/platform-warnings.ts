/**
 * What each platform would refuse in a valid scenario, asked of the engine itself (a
 * platform simulation is built and read at time zero; no rule is repeated here): a refusal
 * of the whole platform (e.g. hardware assist on a CPU without VT-x) and of single guests
 * (e.g. a Windows guest on a Linux container host). Also the configuration's label.
 */
import { collectResults, createPlatformSimulation, type Scenario } from '../../../engine/index.ts';
import { VIRTUAL_PLATFORMS, type VirtualPlatform } from './scenario-options.ts';

export interface PlatformPreview {
  /** The engine's one-line description of the configuration. */
  readonly label: string;
  readonly refusal: string | null;
  /** Refused guests' reasons, by guest name. */
  readonly refusedGuests: Readonly<Record<string, string>>;
}

export function previewPlatforms(s: Scenario): Record<VirtualPlatform, PlatformPreview> {
  return Object.fromEntries(VIRTUAL_PLATFORMS.map((kind) => [kind, preview(s, kind)])) as Record<VirtualPlatform, PlatformPreview>;
}

function preview(s: Scenario, kind: VirtualPlatform): PlatformPreview {
  try {
    const r = collectResults(createPlatformSimulation(s, kind));
    const refusedGuests: Record<string, string> = {};
    if (!r.refusal) for (const g of r.guests) if (g.state === 'refused') refusedGuests[g.name] = g.reason ?? 'refused';
    return { label: r.label, refusal: r.refusal ?? null, refusedGuests };
  } catch (e) {
    return { label: '', refusal: `The engine could not build this platform: ${(e as Error).message}`, refusedGuests: {} };
  }
}
