/**
 * One platform running the scenario: the simulation core (core/) with its extensions —
 * the host's memory under pressure (memory/), the guest network (network/), migrations
 * (migration/) and faults (faults/). This is the one place where they are put together:
 * each registers with the core through its events and hooks (core/core-interface.ts), in
 * the order below, which is also the order of their events at equal virtual times.
 */
import { FaultInjector } from '../faults/fault-injector.ts';
import { HostMemory } from '../memory/host-memory.ts';
import { Migrations } from '../migration/migrations.ts';
import { installGuestNetwork } from '../network/guest-network.ts';
import type { PlatformModel } from '../platforms/platform-model.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SimulationCore } from './core/simulation-core.ts';
import { schedulingPolicy } from './scheduling-policy.ts';

export class PlatformSimulation extends SimulationCore {
  /** The host's memory: overcommit, sharing, ballooning, swapping, OOM kills. */
  readonly memory: HostMemory;
  /** Guests being moved to a second host, and until when. */
  readonly migrations: Migrations;
  /** Faults: the scenario's, scheduled now, and those injected while it runs. */
  readonly faults: FaultInjector;

  constructor(scenario: Scenario, model: PlatformModel, nativeModel: PlatformModel) {
    super(scenario, model, nativeModel, schedulingPolicy(scenario, model.kind));
    this.memory = new HostMemory(this);
    installGuestNetwork(this);
    this.migrations = new Migrations(this);
    this.start();
    this.faults = new FaultInjector(this);
  }
}
