/**
 * A guest's time per transaction, split into parts that add up to it: CPU by mechanism
 * (the mechanisms its cost paths named) and waiting, by what it waited for. This is what
 * the run measured for the scenario workload's completed batches (run/transaction-account.ts);
 * and the comparison with a baseline that explain-guest.ts makes of it.
 */
import type { Mechanism, TimePart, Wait } from './mechanisms.ts';

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

/** One part of the difference. */
export interface ExplanationPart {
  /** `cpu:<mechanism>` or `wait:<what>`. */
  readonly part: TimePart;
  readonly label: string;
  /** Time it adds per transaction, µs (negative: it saves time). */
  readonly extraUs: number;
  /** Of that, for a mechanism: the extra CPU itself (the rest is its share of the extra queueing behind the guest's own work), µs. */
  readonly cpuUs?: number;
  /** The rest, for a mechanism: its share of the extra queueing behind the guest's own work, µs (cpuUs + queueUs = extraUs; 0 when it has none). */
  readonly queueUs?: number;
  /**
   * Its share of the time the parts that add time add, %: those add up to 100; a part that
   * saves time (the baseline waited for a device the CPU now outlasts) has a negative share.
   */
  readonly sharePercent: number;
  /** Exits, traps or hypercalls it caused over the run on this platform, and the extra CPU per one, µs. */
  readonly exits?: number;
  readonly eachUs?: number;
}

export interface GuestExplanation {
  /** What the guest is compared with: the same guest on the native platform. */
  readonly baseline: string;
  readonly us: number;
  readonly baselineUs: number;
  /** Time per transaction here ÷ on the baseline. */
  readonly ratio: number;
  /** The difference's parts, largest first; parts that differ by nothing are left out. */
  readonly parts: readonly ExplanationPart[];
}
