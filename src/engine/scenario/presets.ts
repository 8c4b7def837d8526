/**
 * Scenarios that ship with VirtScope, by name, for Node (the CLI, the tests). The files
 * live in public/presets/, where the page fetches them on demand through the gallery index
 * (public/presets/gallery.json); a test keeps that index and this table in step. Each is
 * validated like any other input when it is loaded, so a broken preset is caught by the
 * tests, not by a user.
 */
import classroomDefault from '../../../public/presets/classroom-default.json' with { type: 'json' };
import btVsHardwareAssist from '../../../public/presets/bt-vs-hardware-assist.json' with { type: 'json' };
import ioComparison from '../../../public/presets/io-comparison.json' with { type: 'json' };
import density from '../../../public/presets/density.json' with { type: 'json' };
import noisyNeighbour from '../../../public/presets/noisy-neighbour.json' with { type: 'json' };
import noisyNeighbourLimits from '../../../public/presets/noisy-neighbour-limits.json' with { type: 'json' };
import shadowVsNestedPaging from '../../../public/presets/shadow-vs-nested-paging.json' with { type: 'json' };
import virtualServer2005 from '../../../public/presets/virtual-server-2005.json' with { type: 'json' };
import gsxServer from '../../../public/presets/gsx-server.json' with { type: 'json' };
import virtualbox from '../../../public/presets/virtualbox.json' with { type: 'json' };
import xen from '../../../public/presets/xen.json' with { type: 'json' };
import esxServer from '../../../public/presets/esx-server.json' with { type: 'json' };
import kvm from '../../../public/presets/kvm.json' with { type: 'json' };
import solarisContainers from '../../../public/presets/solaris-containers.json' with { type: 'json' };
import virtuozzo from '../../../public/presets/virtuozzo.json' with { type: 'json' };
import docker from '../../../public/presets/docker.json' with { type: 'json' };
import hostingServer from '../../../public/presets/hosting-server.json' with { type: 'json' };
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

const PRESETS: Readonly<Record<string, unknown>> = {
  'classroom-default': classroomDefault,
  'bt-vs-hardware-assist': btVsHardwareAssist,
  'io-comparison': ioComparison,
  density,
  'noisy-neighbour': noisyNeighbour,
  'noisy-neighbour-limits': noisyNeighbourLimits,
  'shadow-vs-nested-paging': shadowVsNestedPaging,
  // One per product (consoles/products.ts), each on the hardware of its era.
  'virtual-server-2005': virtualServer2005,
  'gsx-server': gsxServer,
  virtualbox,
  xen,
  'esx-server': esxServer,
  kvm,
  'solaris-containers': solarisContainers,
  virtuozzo,
  docker,
  // Hundreds of guests: what density means to a hosting provider.
  'hosting-server': hostingServer,
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** The named preset, validated; undefined for an unknown name. */
export function loadPreset(name: string): Scenario | undefined {
  const raw = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  if (raw === undefined) return undefined;
  const r = parseScenario(raw);
  if (!r.ok) throw new Error(`preset ${name} is invalid: ${r.errors.join('; ')}`);
  return r.scenario;
}
