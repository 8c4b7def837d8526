/**
 * The guest network as an extension of the simulation core: a task (or a scenario's
 * workload) whose peer is another guest of the platform gets its job from the packets'
 * path between the two (peer-job.ts) instead of a remote machine's.
 */
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { peerJob } from './peer-job.ts';

export function installGuestNetwork(sim: SimulationCore): void {
  sim.hooks.peerJob = (g, peer, m, count, o) => peerJob(sim, g, peer, m, count, o);
}
