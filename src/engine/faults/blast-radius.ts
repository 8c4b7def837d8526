/**
 * A fault's blast radius on one platform: what it takes down, stalls or loads, decided
 * from the platform's layers (kinds/*.ts), before anything is applied to the simulation.
 */
import type { PlatformFacts } from './platform-facts.ts';

export type BlastRadius =
  /** The kind makes no sense here: reported, nothing changes. */
  | { readonly effect: 'not-applicable'; readonly why: string }
  /** The target guest goes down; its neighbours keep running. */
  | { readonly effect: 'guest-down'; readonly why: string }
  /**
   * A layer under every guest fails: they all go down, the host reboots (`rebootLayer`:
   * what boots again) and the guests start again after it.
   */
  | { readonly effect: 'host-down'; readonly why: string; readonly rebootLayer: string }
  /** The target's own server fails (native: a dedicated server per guest): its guest goes down and starts again once the server has rebooted. */
  | { readonly effect: 'server-down'; readonly why: string; readonly rebootLayer: string }
  /** The driver domain restarts: every guest's disk and network wait until it is back. */
  | { readonly effect: 'io-stall'; readonly why: string }
  /** The target forks without end until a process table is full: its own (`contained`) or the shared kernel's. */
  | { readonly effect: 'fork-bomb'; readonly why: string; readonly table: 'guest' | 'limit' | 'shared' | 'server' }
  /** The target keeps allocating and touching memory. */
  | { readonly effect: 'memory-hog'; readonly why: string }
  /** The target writes to the shared disk without pause. */
  | { readonly effect: 'disk-flood'; readonly why: string };

/** What a kind's rule reads: the platform, whether a guest was named, and the target's process limit if it has one. */
export interface RadiusInput {
  readonly platform: PlatformFacts;
  readonly targeted: boolean;
  readonly pidsLimit: number | null;
}

export type RadiusRule = (input: RadiusInput) => BlastRadius;
