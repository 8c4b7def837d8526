/** What each platform column is called on the page, and what kind of architecture it is. */
import type { PlatformKind } from '../../../engine/index.ts';

export const PLATFORM_TITLE: Readonly<Record<PlatformKind, string>> = {
  native: 'Native',
  hosted: 'Hosted',
  'bare-metal': 'Bare-metal',
  container: 'Containers',
};

/** The architecture in a few words, under the title. */
export const PLATFORM_KIND_NOTE: Readonly<Record<PlatformKind, string>> = {
  native: 'baseline',
  hosted: 'Type 2 · VMM on a host OS',
  'bare-metal': 'Type 1 · hypervisor',
  container: 'OS-level · shared kernel',
};
