/**
 * Scenarios that ship with VirtScope, by name. Each is validated like any other input
 * when it is loaded, so a broken preset is caught by the tests, not by a user.
 */
import classroomDefault from './presets/classroom-default.json' with { type: 'json' };
import btVsHardwareAssist from './presets/bt-vs-hardware-assist.json' with { type: 'json' };
import ioComparison from './presets/io-comparison.json' with { type: 'json' };
import virtualServer2005 from './presets/virtual-server-2005.json' with { type: 'json' };
import gsxServer from './presets/gsx-server.json' with { type: 'json' };
import virtualbox from './presets/virtualbox.json' with { type: 'json' };
import xen from './presets/xen.json' with { type: 'json' };
import esxServer from './presets/esx-server.json' with { type: 'json' };
import kvm from './presets/kvm.json' with { type: 'json' };
import solarisContainers from './presets/solaris-containers.json' with { type: 'json' };
import virtuozzo from './presets/virtuozzo.json' with { type: 'json' };
import docker from './presets/docker.json' with { type: 'json' };
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

const PRESETS: Readonly<Record<string, unknown>> = {
  'classroom-default': classroomDefault,
  'bt-vs-hardware-assist': btVsHardwareAssist,
  'io-comparison': ioComparison,
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
