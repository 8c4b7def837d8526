/**
 * A guest's time per transaction, split into parts that add up to it: CPU by mechanism
 * (the mechanisms its cost paths named) and waiting, by what it waited for. This is what
 * the run measured for the scenario workload's completed batches (run/transaction-account.ts);
 * explain-guest.ts compares it with a baseline.
 */
import type { Mechanism, Wait } from './mechanisms.ts';

export interface TimePerTransaction {
  /** Completed transactions the figures are averaged over. */
  readonly transactions: number;
  /** Time per transaction, µs: the sum of cpuUs and waitUs. */
  readonly us: number;
  /** CPU per transaction by mechanism, µs. */
  readonly cpuUs: Readonly<Partial<Record<Mechanism, number>>>;
  /** Waiting per transaction, µs. */
  readonly waitUs: Readonly<Partial<Record<Wait, number>>>;
  /** Exits, traps and hypercalls per transaction, by the mechanism that caused them. */
  readonly exits: Readonly<Partial<Record<Mechanism, number>>>;
}
