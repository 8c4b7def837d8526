/**
 * What one fault did on one platform, kept while the run goes on so that its recovery can
 * be read off the guests later: the public FaultResult is made from it on demand.
 */
import type { FaultResult } from '../metrics/results.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import { round } from '../metrics/result-records.ts';
import type { FaultKind } from './fault-kinds.ts';

export class FaultRecord {
  /** Guests it took down, and guests whose work it held up. */
  readonly down: GuestRuntime[] = [];
  readonly stalled: GuestRuntime[] = [];
  /** The limit that contained a runaway guest, or what it exhausted. */
  containment: string | null = null;
  /** When the hold it put on the guests ended (I/O back, bomb or flood gone); null while it lasts. */
  releasedAtNs: number | null = null;

  constructor(
    readonly atNs: number,
    readonly kind: FaultKind,
    readonly target: string | null,
    readonly applicable: boolean,
    private effect: string,
    /** Guests running or booting when it fired. */
    private readonly upAtFire: readonly GuestRuntime[],
  ) {}

  /** The fault could not strike here (its target was not running): says why instead of what it did. */
  missed(why: string): void {
    this.effect = why;
  }

  /** From the fault until everything it took down runs again (or its hold ended); null while not. */
  recoveryNs(): number | null {
    if (this.down.length > 0) {
      let last = this.atNs;
      for (const g of this.down) {
        if (g.state !== 'running' || g.runningSinceNs <= this.atNs) return null;
        last = Math.max(last, g.runningSinceNs);
      }
      return last - this.atNs;
    }
    return this.releasedAtNs === null ? null : this.releasedAtNs - this.atNs;
  }

  result(): FaultResult {
    const hit = new Set([...this.down, ...this.stalled]);
    const recovery = this.recoveryNs();
    return {
      atMs: round(this.atNs / 1e6, 3),
      kind: this.kind,
      target: this.target,
      applicable: this.applicable,
      effect: this.effect,
      down: this.down.map((g) => g.spec.name),
      stalled: this.stalled.map((g) => g.spec.name),
      keptRunning: this.upAtFire.filter((g) => !hit.has(g)).map((g) => g.spec.name),
      containment: this.containment,
      recoveryMs: recovery === null ? null : round(recovery / 1e6, 3),
    };
  }
}
