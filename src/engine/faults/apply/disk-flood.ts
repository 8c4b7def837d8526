/** A disk flood: one `dd` in the target writing 1 MiB blocks without end, until it is killed or the guest stops. */
import { FLOOD_WRITERS } from '../../calibration/faults.ts';
import type { GuestRuntime } from '../../run/core/guest-runtime.ts';
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import type { FaultRecord } from '../fault-record.ts';
import { watchTask } from './watch-task.ts';

export function floodDisk(sim: SimulationCore, g: GuestRuntime, record: FaultRecord): string | null {
  const t = sim.startTask(g, { command: 'dd if=/dev/zero of=/var/tmp/flood bs=1M', workload: 'seq-write', workers: FLOOD_WRITERS });
  if (typeof t === 'string') return t;
  const weight = g.spec.limits?.blkioWeight;
  record.containment = weight === undefined ? 'no disk weight set: the flood gets an equal share of the disk' : `disk weight ${weight}: the flood's share of the disk is set by it`;
  watchTask(sim, t, () => {
    record.releasedAtNs = t.endNs;
  });
  return null;
}
