import { describe, expect, test } from 'vitest';
import { runCli } from './cli.ts';
import { NO_PROGRESS, terminalProgress } from './progress-bar.ts';

describe('run shows its progress', () => {
  test('run reports the share done while it runs, and stops the display before printing', () => {
    const events: string[] = [];
    let out = '';
    const status = runCli(['run', 'classroom-default', '--duration', '25', '--format', 'csv'], {
      out: (t) => {
        events.push('out');
        out += t;
      },
      err: () => events.push('err'),
      isTTY: true,
      progress: (label) => {
        events.push(`start ${label}`);
        return { update: (f) => events.push(`${Math.round(f * 100)}%`), stop: () => events.push('stop') };
      },
    });
    expect(status).toBe(0);
    expect(out).toMatch(/^platform,guest,/);
    expect(events).toEqual(['start 4 platforms × 25 virtual s', '10%', '20%', '35%', '45%', '60%', '70%', '85%', '95%', 'stop', 'out']);
  });

  test('nothing when the output is not a terminal', () => {
    const piped = { isTTY: false } as NodeJS.WriteStream;
    expect(terminalProgress('x', piped)).toBe(NO_PROGRESS);
  });
});
