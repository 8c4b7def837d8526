import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { clockText, cpuTimeText, renderFrame, scaleKiB, uptimeText } from './top-frame.ts';

describe('top frame', () => {
  it('shows the virtual clock from the scenario start', () => {
    expect(clockText(0)).toBe('00:00:00');
    expect(clockText(3725.9 * NS_PER_S)).toBe('01:02:05');
    expect(clockText(25 * 3600 * NS_PER_S)).toBe('01:00:00');
  });

  it('writes uptime as procps does', () => {
    expect(uptimeText(59 * NS_PER_S)).toBe('up 0 min');
    expect(uptimeText(5 * 60 * NS_PER_S)).toBe('up 5 min');
    expect(uptimeText((2 * 3600 + 60) * NS_PER_S)).toBe('up  2:01');
    expect(uptimeText((86_400 + 3 * 3600 + 7 * 60) * NS_PER_S)).toBe('up 1 day,  3:07');
    expect(uptimeText(3 * 86_400 * NS_PER_S)).toBe('up 3 days, 0 min');
  });

  it('scales memory to fit its column', () => {
    expect(scaleKiB(680, 4)).toBe(' 680');
    expect(scaleKiB(9500, 4)).toBe('9500');
    expect(scaleKiB(20_480, 4)).toBe(' 20m');
    expect(scaleKiB(9728, 5)).toBe(' 9728');
    expect(scaleKiB(2_097_152, 4)).toBe('2.0g');
  });

  it('writes CPU time as minutes:seconds.hundredths', () => {
    expect(cpuTimeText(0)).toBe('0:00.00');
    expect(cpuTimeText(754.329 * NS_PER_S)).toBe('12:34.32');
  });

  it('shows all CPU states as 0.0 when no time passed', () => {
    const lines = renderFrame(
      {
        nowNs: 0,
        uptimeNs: 0,
        load: [0, 0, 0],
        cpuDelta: { user: 0, system: 0, idle: 0, iowait: 0, steal: 0 },
        memory: { totalKiB: 0, freeKiB: 0, buffersKiB: 0, cachedKiB: 0, swapTotalKiB: 0, swapFreeKiB: 0 },
        allProcesses: [],
        processes: [],
      },
      { maxRows: 10, columns: 40, fullCommand: false },
    );
    expect(lines).toHaveLength(7);
    expect(lines[2]).toBe('Cpu(s):  0.0%us,  0.0%sy,  0.0%ni,  0.0%');
  });
});
