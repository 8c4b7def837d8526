/**
 * What every console command set is built from: the guests' manager, the product it
 * speaks for, and what the integrating shell can lend it.
 */
import type { Machine } from '../../../os/machine.ts';
import type { CommandOutcome } from '../../../shell/command.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { GuestManager } from '../../guest-manager.ts';
import type { Product } from '../../products.ts';

export interface ConsoleOptions {
  /**
   * Runs one command line in a guest's machine (zlogin, vzctl exec, docker exec): what it
   * prints and its exit status, at once or as it runs. Without it those commands say that
   * they are unavailable.
   */
  readonly runIn?: (machine: Machine, line: string) => CommandOutcome;
  /** The running scenario: host totals (memory, cores, CPU generation) and the platform's options. */
  readonly scenario?: Scenario;
}

export interface ConsoleEnv {
  readonly manager: GuestManager;
  readonly product: Product;
  readonly options: ConsoleOptions;
}
