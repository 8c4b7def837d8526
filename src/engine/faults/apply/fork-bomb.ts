/**
 * A fork bomb running: its processes keep the target's CPUs busy forking, and once the
 * process table they fill is full, every fork that table serves fails — the bomb's own
 * retries spin on, but forking work of the guests behind that table (make spawning the
 * compiler, fork+exec loops) stalls until the bomb is gone (its guest stopped or restarted,
 * or the bomb killed). How fast it fills follows from the price of a fork on the target's path.
 */
import { BOMB_RUNNABLE, PROCESS_TABLE } from '../../calibration/faults.ts';
import { productFor } from '../../consoles/products.ts';
import { makeJob } from '../../run/core/job.ts';
import type { GuestRuntime } from '../../run/core/guest-runtime.ts';
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import type { Task } from '../../run/core/task.ts';
import { WORKLOADS } from '../../workloads/catalog.ts';
import type { WorkloadKind } from '../../workloads/workload-kinds.ts';
import type { FaultRecord } from '../fault-record.ts';
import { isUp } from './crash.ts';
import { watchTask } from './watch-task.ts';

/** The bash one-liner that defines `:` as a function piping itself into itself in the background, and calls it. */
export const FORK_BOMB = ':(){ :|:& };:';

/** Workloads whose transactions fork: make spawns a compiler per file, lmbench's fork+exec loop. */
const FORKING: ReadonlySet<WorkloadKind> = new Set(['kernel-build', 'fork-exec']);

/** Whose table the bomb fills: its VM's, its container's limit, the shared kernel's, or (natively) its own server's. */
export type ProcessTable = 'guest' | 'limit' | 'shared' | 'server';

/** What a product calls a container's process limit. */
function limitName(sim: SimulationCore): string {
  const id = productFor(sim.model.kind, sim.scenario)?.id;
  return id === 'virtuozzo' ? 'numproc' : id === 'solaris-containers' ? 'max-lwps' : 'pids limit';
}

function hostTableOs(sim: SimulationCore, g: GuestRuntime): keyof typeof PROCESS_TABLE {
  return sim.model.kind === 'container' ? sim.scenario.platforms.container.hostOs : g.spec.os;
}

/** Starts the bomb in `g`; returns why not, or null. */
export function startForkBomb(sim: SimulationCore, g: GuestRuntime, table: ProcessTable, record: FaultRecord, gates: ForkGates): string | null {
  const plan = g.plan;
  if (!plan) return `${g.spec.name} is not running`;
  const bomb = sim.startTask(g, { command: FORK_BOMB, workload: 'fork-exec', workers: BOMB_RUNNABLE });
  if (typeof bomb === 'string') return bomb;
  const limit = g.spec.limits?.pids ?? null;
  const size = table === 'limit' && limit !== null ? limit : PROCESS_TABLE[hostTableOs(sim, g)];
  record.containment =
    table === 'guest'
      ? `contained by the VM: its own process table (${size}) fills, its ${g.vcpus} vCPU(s) saturate`
      : table === 'server'
        ? `contained by its dedicated server: that server's process table (${size}) fills`
        : table === 'limit'
        ? `${limitName(sim)}: ${size} — contained`
        : `no process limit: the shared kernel's process table (${size}) is full`;
  // The table fills at the rate the target's CPUs can fork on this platform's paths.
  const forkNs = makeJob(plan, WORKLOADS['fork-exec'].perTx, 1, 1, sim.scenario.host).burstNs;
  const blocked = table === 'shared' ? sim.guests.filter((o) => o.plan !== null) : [g];
  sim.at(sim.now + (size * forkNs) / g.vcpus, () => {
    if (bomb.ended) return;
    gates.add(bomb, new Set(blocked.map((o) => o.index)));
    for (const o of blocked) if (isUp(o) && FORKING.has(o.workload.kind)) record.stalled.push(o);
  });
  watchTask(sim, bomb, () => {
    gates.remove(bomb);
    record.releasedAtNs = bomb.endNs;
  });
  return null;
}

/** The full process tables now: which guests' forking tasks wait, and because of which bomb. */
export class ForkGates {
  private readonly full = new Map<Task, ReadonlySet<number>>();

  constructor(private readonly sim: SimulationCore) {}

  add(bomb: Task, guests: ReadonlySet<number>): void {
    this.full.set(bomb, guests);
    this.sim.mayStartBatch = (t) => this.mayStart(t);
  }

  remove(bomb: Task): void {
    this.full.delete(bomb);
    if (this.full.size === 0) this.sim.mayStartBatch = null;
    this.sim.releaseHeld();
  }

  private mayStart(t: Task): boolean {
    if (!t.workload || !FORKING.has(t.workload.kind)) return true;
    for (const [bomb, guests] of this.full) if (t !== bomb && guests.has(t.guestIndex)) return false;
    return true;
  }
}
