/** How the page names each fault kind, and whether it starts inside a guest. */
import type { FaultKind } from '../../../engine/index.ts';

export const FAULT_LABEL: Readonly<Record<FaultKind, string>> = {
  'guest-panic': 'Guest kernel panic',
  'kernel-panic': 'Host kernel panic',
  'hypervisor-fault': 'Hypervisor fault',
  'driver-domain-crash': 'Driver domain (dom0) crash',
  'fork-bomb': 'Fork bomb',
  'memory-hog': 'Memory hog',
  'disk-flood': 'Disk flood',
};
