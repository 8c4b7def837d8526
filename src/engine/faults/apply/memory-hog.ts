/**
 * A memory hog running: one process in the target (stress-ng's --vm worker) touching new
 * pages without end (run/core/touching-workers.ts). It ends when an OOM killer kills it (or
 * its guest), when its guest stops, or when it is killed; every guest an OOM kill took
 * down is in the blast radius.
 */
import type { GuestRuntime } from '../../run/core/guest-runtime.ts';
import type { SimulationCore } from '../../run/core/simulation-core.ts';
import { TouchingWorkers } from '../../run/core/touching-workers.ts';
import type { FaultRecord } from '../fault-record.ts';
import { isUp } from './crash.ts';

export function startMemoryHog(sim: SimulationCore, g: GuestRuntime, record: FaultRecord): string | null {
  const t = sim.startTask(g, { command: 'stress-ng --vm 1 --vm-bytes 100%', workload: 'stream', workers: 1 });
  if (typeof t === 'string') return t;
  const kills = g.pressure.oomKills;
  const wasUp = sim.guests.filter(isUp);
  const hog = new TouchingWorkers(sim, g, {
    targetsMiB: [Infinity],
    restart: false,
    until: () => {
      for (const o of wasUp) if (o.state === 'crashed' && !record.down.includes(o)) record.down.push(o);
      // A kernel that reserves swap (Solaris) refuses the hog's next allocation instead of killing anyone: it holds what it has.
      if (hog.refusedAtNs !== null && record.containment === null) record.containment = 'the kernel refused its next allocation (no swap left to reserve): nothing was killed';
      const over = g.pressure.oomKills > kills || t.ended || !isUp(g);
      if (over) {
        sim.endTask(t);
        record.containment = g.pressure.lastOomKill;
        record.releasedAtNs = sim.now;
      }
      return over;
    },
  });
  hog.start();
  return null;
}
