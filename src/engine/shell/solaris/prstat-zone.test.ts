import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';

describe('prstat -Z in a non-global zone', () => {
  test("sums the zone's own processes under its id and name, as zoneadm lists them from the global zone", () => {
    const zone = typedInto('solaris-containers', { platform: 'container', console: 'db', atS: 60 }, ['prstat -Z 1 1']);
    expect(zone).not.toContain('illegal option');
    const line = /^ZONEID +NPROC +SIZE +RSS +MEMORY +TIME +CPU ZONE\n +(\d+) +(\d+) .* (\S+)$/m.exec(zone);
    expect(line?.[3]).toBe('db');
    const global = typedInto('solaris-containers', { platform: 'container', console: 'manager', atS: 60 }, ['zoneadm list -v']);
    expect(global).toMatch(new RegExp(`^ +${line?.[1]} db +running`, 'm'));
    // Its processes: those prstat listed above the summary (the Total line counts them too).
    expect(zone).toContain(`Total: ${line?.[2]} processes`);
  });
});
