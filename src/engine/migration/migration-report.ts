/**
 * What moving one guest to the second host cost on one platform: the CLI's and the
 * page's migration figures (docs/scenario.md, "Migration results").
 */
import type { PlatformKind } from '../scenario/schema.ts';
import type { MigrationMethod } from './migration-method.ts';
import type { NeighbourEffect } from './neighbour-effect.ts';
import type { MigrationRound } from './pre-copy.ts';

export interface MigrationReport {
  readonly platform: PlatformKind;
  readonly guest: string;
  readonly method: MigrationMethod['kind'];
  /** The product's mechanism and command, in words. */
  readonly how: string;
  /** Why it could not be done (native, a guest that is not running, refused). */
  readonly refusal?: string;
  /** Virtual seconds at which it started. */
  readonly atS: number;
  /** Pages sent per round (pre-copy), or the one paused copy. */
  readonly rounds: readonly MigrationRound[];
  readonly stopReason: string;
  readonly dataMiB: number;
  /** How long the guest did not run, and the whole move, ms. */
  readonly downtimeMs: number;
  readonly totalMs: number;
  /** The guest's page writes per second and the pages they fall on. */
  readonly dirtyPagesPerSecond: number;
  readonly workingSetMiB: number;
  /** The copy's rate, MB/s, what bounds it, and the share of the NIC the guests' traffic beside the copy takes (not the moving guest's while it is frozen). */
  readonly linkMBps: number;
  readonly limitedBy: 'nic' | 'cpu' | null;
  readonly guestNicShare: number;
  /** The source host's CPU spent sending, by layer, ms. */
  readonly cpuMsByLayer: Readonly<Record<string, number>>;
  /** The guest's processes restarted rather than resumed (a cold zone move). */
  readonly stateLost: boolean;
  /** The other guests' throughput during the move and without it (the CLI's comparison, which runs on to the move's end). */
  readonly neighbours?: readonly NeighbourEffect[];
}
