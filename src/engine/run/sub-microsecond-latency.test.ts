import { describe, expect, test } from 'vitest';
import { ESX, guest, runPlatform, testScenario } from '../memory/test-host.ts';

describe('response times under a microsecond', () => {
  test("a system call's percentiles are its own on each platform, not the histogram's floor", () => {
    const s = testScenario([guest('calls', 'syscall')], { cores: 2, bareMetal: ESX });
    const p50 = (kind: 'native' | 'bare-metal'): number => runPlatform(s, kind, 20).result.guests[0]!.latencyMs.p50!;
    const native = p50('native');
    // Nehalem's null call is a fraction of a µs; binary translation pays its trap on every one.
    expect(native).toBeGreaterThan(0.00005);
    expect(native).toBeLessThan(0.0005);
    expect(p50('bare-metal') / native).toBeGreaterThan(2);
  });
});
