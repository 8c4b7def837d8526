/**
 * What Solaris' monitors (prstat, rcapstat) share: their sizes (K, M, G, T) and their
 * `[interval [count]]` reports.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import { intIn } from '../common/text.ts';
import { refreshing } from '../../../shell/common/refresh.ts';

/** Sizes as prstat and rcapstat print them: K, then M, G, T once the number would pass four digits. */
export function solarisSize(kib: number): string {
  let n = Math.round(kib);
  let tag = 0;
  while (n >= 10000 && tag < 3) {
    n = Math.round(n / 1024);
    tag++;
  }
  return `${n}${'KMGT'[tag] ?? 'T'}`;
}

/**
 * A Solaris monitor's `[interval [count]]` (prstat, rcapstat): one report and done for a
 * count of 1, else a report every interval seconds (default 5) until `count` or `q`; the
 * usage error (status 2) for anything else. `frame(index)` is the report, counted from 0.
 */
export function solarisMonitor(
  ctx: CommandContext,
  tool: string,
  numbers: readonly string[],
  usage: string,
  fullScreen: boolean,
  frame: (index: number) => string,
): CommandOutcome {
  if (numbers.length > 2) return done(usage, 2);
  const interval = numbers[0] === undefined ? 5 : intIn(numbers[0], 1, 86_400);
  const count = numbers[1] === undefined ? null : intIn(numbers[1], 1, 1_000_000);
  if (interval === null || (numbers[1] !== undefined && count === null)) return done(`${tool}: interval and count are positive whole numbers\n${usage}`, 2);
  if (count === 1) return done(frame(0));
  return {
    kind: 'running',
    run: refreshing({ startNs: ctx.machine.now(), intervalNs: interval * 1e9, count, fullScreen, quitKey: true, frame: (_now, index) => frame(index) }),
  };
}
