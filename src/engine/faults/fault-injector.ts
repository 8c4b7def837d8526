/**
 * A platform's faults: fires each at its virtual time through the simulation's event
 * queue (the scenario's, scheduled at the start; a console's or the page's, at once),
 * decides its blast radius on this platform, applies it, and keeps what it did.
 */
import type { FaultResult } from '../metrics/results.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { crashHost, crashOne, isUp } from './apply/crash.ts';
import { floodDisk } from './apply/disk-flood.ts';
import { ForkGates, startForkBomb } from './apply/fork-bomb.ts';
import { stallIo } from './apply/io-stall.ts';
import { startMemoryHog } from './apply/memory-hog.ts';
import type { BlastRadius } from './blast-radius.ts';
import { GUEST_FAULTS, type FaultKind } from './fault-kinds.ts';
import { FaultRecord } from './fault-record.ts';
import { RADIUS_RULES } from './kinds/index.ts';
import { platformFacts } from './platform-facts.ts';

/** At most this many faults are kept per platform: older ones beyond it are dropped from the list. */
export const MAX_FAULT_RECORDS = 256;

export class FaultInjector {
  private readonly records: FaultRecord[] = [];
  /** Faults fired so far (the list keeps only the latest MAX_FAULT_RECORDS). */
  fired = 0;
  /** Until when the host is rebooting after a host-level crash: no guest can start before. */
  private hostBackAtNs = 0;
  /** The last host-level crash: when, the layer that failed (its console goes with it), and when the host had booted before it. */
  private hostDownAtNs = 0;
  private hostDownLayer = '';
  private bootedBeforeNs = 0;
  private readonly gates: ForkGates;

  constructor(private readonly sim: SimulationCore) {
    this.gates = new ForkGates(sim);
    for (const f of sim.scenario.faults ?? []) sim.at(f.atS * 1e9, () => this.inject(f.kind, f.target ?? null));
  }

  /** Fires a fault now; returns what it did here. */
  inject(kind: FaultKind, targetName: string | null): FaultResult {
    const sim = this.sim;
    const target = targetName === null ? null : (sim.guests.find((g) => g.spec.name === targetName) ?? null);
    const radius = this.radius(kind, targetName, target);
    const record = new FaultRecord(sim.now, kind, targetName, radius.effect !== 'not-applicable', radius.why, sim.guests.filter(isUp));
    this.keep(record);
    if (radius.effect !== 'not-applicable') {
      const problem = this.apply(radius, target, record);
      if (problem !== null) record.missed(problem);
    }
    return record.result();
  }

  /** Why no guest can start now (the host is rebooting after a crash), or null. */
  hostRebooting(): string | null {
    const now = this.sim.now;
    return now < this.hostBackAtNs ? `the host is rebooting after a crash: it is back at ${(this.hostBackAtNs / 1e9).toFixed(1)} s` : null;
  }

  /** The host's outage under way (its management OS is down with it), or null. */
  hostDown(): { readonly layer: string; readonly sinceNs: number; readonly backAtNs: number } | null {
    return this.sim.now < this.hostBackAtNs ? { layer: this.hostDownLayer, sinceNs: this.hostDownAtNs, backAtNs: this.hostBackAtNs } : null;
  }

  /** When the host last finished booting: 0, or the end of its last outage. */
  hostBootedAtNs(): number {
    return this.sim.now < this.hostBackAtNs ? this.bootedBeforeNs : this.hostBackAtNs;
  }

  /** Every fault fired so far, oldest first. */
  results(): FaultResult[] {
    return this.records.map((r) => r.result());
  }

  private radius(kind: FaultKind, targetName: string | null, target: GuestRuntime | null): BlastRadius {
    if (targetName !== null && !target) return { effect: 'not-applicable', why: `no guest named "${targetName}" on this platform` };
    if (GUEST_FAULTS.has(kind) && !target) return { effect: 'not-applicable', why: `a ${kind} starts inside a guest: name one` };
    const pidsLimit = target?.spec.limits?.pids ?? null;
    return RADIUS_RULES[kind]({ platform: platformFacts(this.sim.model.kind, this.sim.scenario), targeted: target !== null, pidsLimit });
  }

  private keep(r: FaultRecord): void {
    this.fired++;
    this.records.push(r);
    if (this.records.length > MAX_FAULT_RECORDS) this.records.shift();
  }

  /** Applies an applicable radius; returns why it hit nothing, or null. */
  private apply(radius: Exclude<BlastRadius, { effect: 'not-applicable' }>, target: GuestRuntime | null, record: FaultRecord): string | null {
    const sim = this.sim;
    if (radius.effect === 'host-down') {
      // A crash while it is still rebooting extends that one outage.
      if (sim.now >= this.hostBackAtNs) [this.hostDownAtNs, this.hostDownLayer, this.bootedBeforeNs] = [sim.now, radius.rebootLayer, this.hostBackAtNs];
      this.hostBackAtNs = Math.max(this.hostBackAtNs, crashHost(sim, record, radius.rebootLayer, target));
      return null;
    }
    if (radius.effect === 'io-stall') {
      stallIo(sim, record);
      return null;
    }
    if (!target || !isUp(target)) return `${target?.spec.name ?? 'the target'} is not running: the ${record.kind} hit nothing`;
    switch (radius.effect) {
      case 'guest-down':
        crashOne(sim, target, record, 'kernel panic - not syncing: the guest kernel panicked');
        return null;
      case 'server-down':
        crashHost(sim, record, radius.rebootLayer, target, [target]);
        return null;
      case 'fork-bomb':
        return startForkBomb(sim, target, radius.table, record, this.gates);
      case 'disk-flood':
        return floodDisk(sim, target, record);
      case 'memory-hog':
        return startMemoryHog(sim, target, record);
    }
  }
}
