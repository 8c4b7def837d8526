/** People's names for the engine's CPU layers (metrics/layers.ts) and memory parts. */
import type { PlatformKind } from '../../../engine/index.ts';

const LAYER_NAME: Readonly<Record<string, string>> = {
  'guest-user': 'Guest user',
  'guest-kernel': 'Guest kernels',
  vmm: 'VMM (monitor)',
  'host-kernel': 'Host OS kernel',
  hypervisor: 'Hypervisor',
  'driver-domain': 'Driver domain',
  'shared-kernel': 'Shared kernel',
  idle: 'Idle',
  hardware: 'Hardware',
};

/** On native there are no guests: its "guest" layers are the one OS and its programs. */
const NATIVE_NAME: Readonly<Record<string, string>> = {
  'guest-user': 'User programs',
  'guest-kernel': 'OS kernel',
};

const CONTAINER_NAME: Readonly<Record<string, string>> = {
  'guest-user': 'Container processes',
};

export function layerName(layer: string, platform?: PlatformKind): string {
  const special = platform === 'native' ? NATIVE_NAME[layer] : platform === 'container' ? CONTAINER_NAME[layer] : undefined;
  return special ?? LAYER_NAME[layer] ?? layer;
}

const MEMORY_PART_NAME: Readonly<Record<string, string>> = {
  'guest-kernel': 'guest kernel',
  workload: 'workload',
  'page-cache': 'page cache',
  'guest-unused': 'unused',
  'monitor-overhead': 'monitor',
  'container-state': 'container state',
  'host-os': 'host OS',
  'shared-kernel': 'shared kernel',
  hypervisor: 'hypervisor',
  'shared-pages': 'shared pages',
  allocated: 'allocated',
};

/** A memory part's short name ("page-cache" → "page cache"); unknown parts read as given. On native the kernel is the one OS's, no guest's. */
export function memoryPartName(part: string, platform?: PlatformKind): string {
  if (platform === 'native' && part === 'guest-kernel') return 'OS kernel';
  return MEMORY_PART_NAME[part] ?? part;
}
