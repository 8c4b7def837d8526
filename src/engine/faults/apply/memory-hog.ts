/**
 * A memory hog running: one process in the target (stress-ng's --vm worker) touching new
 * pages as fast as its page faults go on this platform's path — a first touch is a page
 * fault and a page of zeroing — handing each step's growth to the memory model
 * (PlatformSimulation.allocate). It ends when an OOM killer kills it (or its guest), when
 * its guest stops, or when it is killed; every guest an OOM kill took down is in the blast radius.
 */
import type { GuestRuntime } from '../../run/guest-runtime.ts';
import type { PlatformSimulation } from '../../run/platform-simulation.ts';
import { MIB, NS_PER_MS, PAGE_BYTES } from '../../sim/units.ts';
import type { FaultRecord } from '../fault-record.ts';
import { isUp } from './crash.ts';

/** How often the hog's growth is handed to the memory model: fine enough to see it climb. */
const STEP_NS = 100 * NS_PER_MS;

/** MiB one process touches per virtual second: a page fault and a page's worth of memory writes per 4 KiB page. */
export function hogMiBPerSecond(g: GuestRuntime): number {
  const paths = g.plan?.paths;
  if (!paths) return 0;
  const perPageNs = paths.pageFault.total() + paths.memByte.total() * PAGE_BYTES;
  return perPageNs > 0 ? ((1e9 / perPageNs) * PAGE_BYTES) / MIB : 0;
}

export function startMemoryHog(sim: PlatformSimulation, g: GuestRuntime, record: FaultRecord): string | null {
  const t = sim.startTask(g, { command: 'stress-ng --vm 1 --vm-bytes 100%', workload: 'stream', workers: 1 });
  if (typeof t === 'string') return t;
  const kills = g.pressure.oomKills;
  const stepMiB = (hogMiBPerSecond(g) * STEP_NS) / 1e9;
  const wasUp = sim.guests.filter(isUp);
  const step = (): void => {
    for (const o of wasUp) if (o.state === 'crashed' && !record.down.includes(o)) record.down.push(o);
    if (g.pressure.oomKills > kills || t.ended || !isUp(g)) {
      sim.endTask(t);
      record.containment = g.pressure.lastOomKill;
      record.releasedAtNs = sim.now;
      return;
    }
    sim.allocate(g, stepMiB);
    sim.at(sim.now + STEP_NS, step);
  };
  step();
  return null;
}
