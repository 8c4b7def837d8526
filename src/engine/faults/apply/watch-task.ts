/** Looks once a virtual second whether a runaway task has ended (killed, or its guest stopped), then calls `ended`. */
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import type { Task } from '../../run/core/task.ts';
import { NS_PER_S } from '../../sim/units.ts';

export function watchTask(sim: SimulationCore, t: Task, ended: () => void, every: (() => void) | null = null): void {
  const look = (): void => {
    if (t.ended) return ended();
    every?.();
    sim.at(sim.now + NS_PER_S, look);
  };
  sim.at(sim.now + NS_PER_S, look);
}
