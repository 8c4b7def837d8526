import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';

const AT = { platform: 'container', atS: 120 } as const;
const XN_HEADER = '                    extended device statistics              \n    r/s    w/s   kr/s   kw/s wait actv wsvc_t asvc_t  %w  %b device\n';
const X_HEADER = '                 extended device statistics\ndevice      r/s    w/s   kr/s   kw/s wait actv  svc_t  %w  %b\n';

/** The last -xn report's figures. */
function lastXn(out: string): number[] {
  const lines = out.split('\n').filter((l) => / c1t0d0$/.test(l));
  return (lines[lines.length - 1] ?? '').trim().split(/ +/).slice(0, 10).map(Number);
}

describe("Solaris' iostat: the extended report", () => {
  test('Solaris 10\'s layouts: -x by instance name, -xn by cXtYdZ; without -x it says only the extended report is modelled', () => {
    const out = typedInto('solaris-containers', { ...AT, console: 'web' }, ['iostat -x', 'iostat -xn', 'iostat', 'iostat -q']);
    expect(out).toMatch(new RegExp(`# iostat -x\\n${X_HEADER.replace(/[.*+?^${}()|[\]\\/%]/g, '\\$&')}sd0 {5}( +\\d+\\.\\d){7}( +\\d+){2}\\n`));
    expect(out).toContain(`# iostat -xn\n${XN_HEADER}`);
    expect(out).toMatch(/( +\d+\.\d){8}( +\d+){2} c1t0d0\n/);
    expect(out).toContain('# iostat\niostat: only the extended report (-x, with -n and -z) is modelled here');
    expect(out).toContain('# iostat -q\nUsage: iostat [');
  });

  test("a zone's kstats are the system's: every zone reads the global zone's disk, with every zone's requests; all of the queue is active (wait 0)", () => {
    const global = lastXn(typedInto('solaris-containers', { ...AT, console: 'manager' }, ['iostat -xn 5 2']));
    for (const zone of ['web', 'db', 'build']) expect(lastXn(typedInto('solaris-containers', { ...AT, console: zone }, ['iostat -xn 5 2']))).toEqual(global);
    const [reads, writes, , , wait, actv, wsvc, asvc, pctWait, busy] = global as [number, number, number, number, number, number, number, number, number, number];
    expect(reads + writes).toBeGreaterThan(0);
    expect([wait, wsvc, pctWait]).toEqual([0, 0, 0]);
    expect(actv).toBeGreaterThan(1);
    expect(asvc).toBeGreaterThan(0);
    expect(busy).toBeGreaterThan(50);
  });
});
