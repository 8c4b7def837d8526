/**
 * How a platform of a scenario shares its cores between guests: its product's scheduler
 * (or a slice the scenario sets) and what a switch between guests costs on its CPU and in
 * its mode; native is a dedicated server per guest (docs/model.md "The baseline").
 */
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { productFor } from '../consoles/products.ts';
import { isXen1 } from '../platforms/bare-metal/bare-metal-platform.ts';
import { guestSwitch } from '../platforms/guest-switch-path.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import type { SchedulingPolicy } from './core/scheduler-contract.ts';

export function schedulingPolicy(scenario: Scenario, kind: PlatformKind): SchedulingPolicy {
  const gen = CPU_GENERATIONS[scenario.host.cpu];
  if (kind === 'native') return { scheduler: 'dedicated', guestSwitch: guestSwitch('native', gen, false), guestKernels: false };
  const p = scenario.platforms;
  const hardwareAssist = kind === 'hosted' ? p.hosted.technique === 'hardware-assist' : kind === 'bare-metal' && p['bare-metal'].guestMode === 'hardware-assist';
  const sliceMs = p[kind].timeSliceMs;
  return {
    // Xen 1.0 shared cores with Borrowed Virtual Time; the credit scheduler came later.
    scheduler: kind === 'bare-metal' && isXen1(scenario) ? 'xen-bvt' : (productFor(kind, scenario)?.scheduler ?? 'linux-cfs'),
    guestSwitch: guestSwitch(kind, gen, hardwareAssist),
    guestKernels: kind !== 'container',
    ...(sliceMs === undefined ? {} : { sliceOverrideNs: sliceMs * 1e6 }),
  };
}
