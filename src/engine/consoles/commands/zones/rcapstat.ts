/**
 * `rcapstat -z [interval [count]]`: what rcapd, Solaris' resource capping daemon, does to
 * the zones that have a memory cap (zonecfg's capped-memory): each report gives a zone's
 * virtual size (resident plus paged out), its resident size, its cap, and how much rcapd
 * tried to page out (at) and paged out (pg) since the last report, with their averages.
 * The layout is Solaris' (`id zone nproc vm rss cap at avgat pg avgpg`, nproc shown as
 * "-" for zones); the first report counts from the command's start, so it shows 0K.
 *
 * The model's rcapd holds each zone at its cap while swap lasts, so what it tried is what
 * it paged out: the growth of the zone's paged-out memory plus every page the zone read
 * back from swap and that rcapd had to push out again (memory/memory-pressure.ts).
 */
import { done, type Command } from '../../../shell/command.ts';
import { PAGE_BYTES } from '../../../calibration/memory-pressure.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { left, lines, right } from '../common/text.ts';
import { solarisMonitor, solarisSize } from './solaris-monitor.ts';

const USAGE = 'Usage: rcapstat [-z] [interval [count]]\n(this console shows the zones\' memory caps, -z)\n';
const HEADER = 'id zone            nproc    vm   rss   cap    at avgat    pg avgpg';

/** A capped zone's paging so far: what it has paged out now, and pages read back. */
interface Mark {
  readonly swappedMiB: number;
  readonly swapIns: number;
}

function row(cells: readonly (string | number)[], zone: string): string {
  const [id, ...rest] = cells;
  return `${right(id ?? '', 2)} ${left(zone, 15)} ${rest.map((c) => right(c, 5)).join(' ')}`;
}

export function rcapstat(env: ConsoleEnv): Command {
  return {
    name: 'rcapstat',
    summary: "rcapd's paging of zones with a memory cap: rcapstat -z [interval [count]]; q quits",
    run(ctx, args) {
      const flags = args.filter((a) => a.startsWith('-'));
      const numbers = args.filter((a) => !a.startsWith('-'));
      if (flags.some((f) => f !== '-z')) return done(USAGE, 2);
      const last = new Map<string, Mark>();
      const totals = new Map<string, number>();
      const report = (index: number): string => {
        const rows = env.manager
          .list()
          .filter((g) => isUp(g) && g.memoryLimitMiB !== undefined)
          .map((g) => {
            const p = g.paging ?? { residentMiB: 0, swappedMiB: 0, swapIns: 0 };
            const before = last.get(g.name) ?? p;
            last.set(g.name, { swappedMiB: p.swappedMiB, swapIns: p.swapIns });
            const pagedKiB = Math.max(0, p.swappedMiB - before.swappedMiB) * 1024 + ((p.swapIns - before.swapIns) * PAGE_BYTES) / 1024;
            const sum = (totals.get(g.name) ?? 0) + pagedKiB;
            totals.set(g.name, sum);
            const avg = sum / (index + 1);
            const kib = (mib: number): string => solarisSize(mib * 1024);
            return row([g.domainId, '-', kib(p.residentMiB + p.swappedMiB), kib(p.residentMiB), kib(g.memoryLimitMiB ?? 0), solarisSize(pagedKiB), solarisSize(avg), solarisSize(pagedKiB), solarisSize(avg)], g.name);
          });
        return lines(rows);
      };
      return solarisMonitor(ctx, 'rcapstat', numbers, USAGE, false, (index) => (index === 0 ? `${HEADER}\n${report(0)}` : report(index)));
    },
  };
}
