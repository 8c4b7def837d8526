/** Each fault kind's blast-radius rule. */
import type { RadiusRule } from '../blast-radius.ts';
import type { FaultKind } from '../fault-kinds.ts';
import { diskFlood } from './disk-flood.ts';
import { driverDomainCrash } from './driver-domain-crash.ts';
import { forkBomb } from './fork-bomb.ts';
import { guestPanic } from './guest-panic.ts';
import { hypervisorFault } from './hypervisor-fault.ts';
import { kernelPanic } from './kernel-panic.ts';
import { memoryHog } from './memory-hog.ts';

export const RADIUS_RULES: Readonly<Record<FaultKind, RadiusRule>> = {
  'guest-panic': guestPanic,
  'kernel-panic': kernelPanic,
  'hypervisor-fault': hypervisorFault,
  'driver-domain-crash': driverDomainCrash,
  'fork-bomb': forkBomb,
  'memory-hog': memoryHog,
  'disk-flood': diskFlood,
};
