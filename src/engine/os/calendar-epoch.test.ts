/**
 * The calendar starts after the newest software a scenario shows: every Linux console's
 * `date` year is later than the year its kernel was built (uname -v), in every preset.
 */
import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { calendarEpochUnixS } from './calendar-epoch.ts';

const PLATFORMS: readonly PlatformKind[] = ['native', 'hosted', 'bare-metal', 'container'];

describe('the calendar epoch', () => {
  test('a 2016 Docker host starts on 1 January 2017; a 2003 Xen host on a date after its kernels', () => {
    const docker = loadPreset('docker');
    expect(docker && calendarEpochUnixS(docker)).toBe(1_483_228_800);
    expect(typedInto('docker', { platform: 'container', console: 'manager', atS: 5 }, ['date'])).toContain('Sun Jan  1 00:00:05 UTC 2017');
  });

  test.each(PRESET_NAMES.filter((n) => n !== 'gallery'))('%s: each Linux manager console dates itself after its kernel was built', (preset) => {
    let checked = 0;
    for (const platform of PLATFORMS) {
      const out = typedInto(preset, { platform, console: 'manager', atS: 0 }, ['uname -v', 'date +%Y']);
      // Windows and Solaris managers print no build date: only the Linux ones are checked.
      const built = /#\S*.* (\d{4})\n/.exec(out)?.[1];
      if (built === undefined) continue;
      checked++;
      expect(Number(/\n(\d{4})\n/.exec(out)?.[1]), `${preset} ${platform}: ${out.slice(-200)}`).toBeGreaterThan(Number(built));
    }
    expect(checked).toBeGreaterThan(0);
  });
});
