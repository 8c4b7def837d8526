import { describe, expect, test } from 'vitest';
import { cliInProcess } from './testing/cli-in-process.ts';

describe('cli validate', { timeout: 60_000 }, () => {
  test('ends with the four summary lines a hook reads with tail -4', () => {
    const r = cliInProcess(['validate']);
    expect(r.status).toBe(0);
    const last = r.stdout.trimEnd().split('\n').slice(-4);
    expect(last[0]).toMatch(/^cells: \d+ published figures \(\d+ verified, \d+ secondary, \d+ unverified\); the model measured \d+, \d+ missing$/);
    expect(last[1]).toMatch(/^within 10 %: \d+ of \d+ cells; within 25 %: \d+ of \d+ cells$/);
    expect(last[2]).toMatch(/^orderings matched: \d+ of \d+ benchmarks/);
    expect(last[3]).toMatch(/^worst cell: /);
    // Every experiment is printed, the 128 domains as a measured cell (a miss would read MISSING: run-validation.test.ts).
    expect(r.stdout).toMatch(/128 domains, 5 ms slice \(vs native\)\s+Xen\s+0\.925\s+0\.\d{3}\s+[+−][\d.]+ %/);
  });

  test('refuses a format it does not know, or a scenario, in one line', () => {
    expect(cliInProcess(['validate', '--format', 'csv'])).toEqual({ status: 2, stdout: '', stderr: 'virtscope: --format must be table or json, not "csv"\n' });
    expect(cliInProcess(['validate', 'xen']).stderr).toBe('virtscope: validate takes no scenario (it runs its own, in public/validation/), not "xen"\n');
  });
});
