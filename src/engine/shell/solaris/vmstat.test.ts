import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { zonesConsoles } from '../../zones-consoles.fixture.ts';

const HEADER = ' kthr      memory            page            disk          faults      cpu\n r b w   swap  free  re  mf pi po fr de sr s0 -- -- --   in   sy   cs us sy id\n';

/** The report lines' fields. */
function reports(out: string): number[][] {
  return out
    .split('\n')
    .filter((l) => /^ \d+ \d+ \d+ +\d+/.test(l))
    .map((l) => l.trim().split(/ +/).map(Number));
}

describe("Solaris' vmstat in a zone and in the global zone", () => {
  test("Solaris 10's layout: one report since boot without an interval, the header again every 18 reports, its usage for anything else", () => {
    const once = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['vmstat']);
    expect(once).toContain(`web# vmstat\n${HEADER}`);
    expect(reports(once)).toHaveLength(1);
    expect(reports(once)[0]).toHaveLength(22);
    const long = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['vmstat 1 20']);
    expect(reports(long)).toHaveLength(20);
    expect(long.split(HEADER)).toHaveLength(3);
    expect(typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['vmstat -x', 'vmstat 0'])).toMatch(
      /# vmstat -x\nUsage: vmstat \[-ipqsS\] \[-T d\|u\] \[disk \.\.\.\] \[interval \[count\]\]\n.*# vmstat 0\nUsage: vmstat/s,
    );
  });

  test("kthr r and b are the system's, as its kstats are: a zone counts the other zones' threads, the global zone the same", () => {
    const atS = 120;
    const kthr = (console: string): number[] => (reports(typedInto('solaris-containers', { platform: 'container', console, atS }, ['vmstat 5 2']))[1] ?? []).slice(0, 2);
    const fromGlobal = kthr('manager');
    expect((fromGlobal[0] ?? 0) + (fromGlobal[1] ?? 0)).toBeGreaterThan(0);
    for (const zone of ['web', 'db', 'build']) expect(kthr(zone)).toEqual(fromGlobal);
  });

  test("its swap column is the virtual swap left to reserve, as swap -s says, and a vm worker's mapping takes it at once", () => {
    const { engine, web, lookFromGlobal } = zonesConsoles();
    const swapColumn = (): number => reports(lookFromGlobal('vmstat'))[0]?.[3] ?? NaN;
    const available = Number(/, (\d+)k available/.exec(lookFromGlobal('swap -s'))?.[1]);
    const before = swapColumn();
    expect(before).toBe(available);
    engine.write(web, 'stress-ng --vm 1 --vm-bytes 2G --timeout 20s\r');
    engine.advanceTo(engine.now + 0.5e9);
    expect(swapColumn()).toBe(before - 2048 * 1024);
  });

  test("vmstat -s prints the event counters since boot in dosum's layout, the same counts the since-boot report averages", () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['vmstat -s', 'vmstat']);
    const sums = new Map([...out.matchAll(/^ {0,8}(\d+) ([a-z(].*)$/gm)].map((m) => [m[2] ?? '', Number(m[1])]));
    expect(out).toMatch(/web# vmstat -s\n {8}0 swap ins\n {8}0 swap outs\n/);
    expect(out).toContain(' total name lookups (cache hits 0%)\n');
    expect(out).toMatch(/ {8}0 wait {3}cpu\nweb# vmstat\n/);
    const since = reports(out)[0] ?? [];
    const seconds = 120;
    // mf and us of the since-boot report against the totals (a boot takes some seconds: allow for it).
    expect((sums.get('minor (as) faults') ?? 0) / seconds).toBeGreaterThan((since[6] ?? 0) * 0.8);
    expect((sums.get('minor (as) faults') ?? 0) / seconds).toBeLessThan((since[6] ?? 0) * 1.01);
    const ticks = ['user   cpu', 'system cpu', 'idle   cpu'].map((k) => sums.get(k) ?? 0);
    expect(Math.abs((100 * (ticks[0] ?? 0)) / ticks.reduce((a, b) => a + b) - (since[19] ?? NaN))).toBeLessThanOrEqual(1);
  });
});
