/**
 * The scale bench's scenario: `n` small Linux containers on a 64-core, 256 GiB host, a
 * hosting server's mix — every third an idle shell account, every third a small web site
 * (a few clients that think between requests, as real visitors do), every third a
 * CPU-bound job (a cron task, a compile) — the mix issue 11 names.
 */
import type { Scenario } from '../src/engine/index.ts';

const KINDS = [
  { kind: 'idle' },
  { kind: 'web-server', concurrency: 4, thinkTimeMs: 1000 },
  { kind: 'cpu-int' },
] as const;

export function scaleScenario(n: number): Scenario {
  return {
    version: 3,
    name: `scale-${n}`,
    seed: 11,
    host: { cpu: 'skylake-2015', cores: 64, memoryMiB: 262_144, disk: 'ssd', nic: '10g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'hardware-assist', devices: 'paravirtual' },
      'bare-metal': { style: 'xen', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' },
      container: { hostOs: 'linux', network: 'bridge', storage: 'overlay' },
    },
    guests: Array.from({ length: n }, (_, i) => ({
      name: `c${String(i + 1).padStart(4, '0')}`,
      os: 'linux' as const,
      vcpus: 1,
      memoryMiB: 128,
      workload: { ...KINDS[i % KINDS.length]! },
    })),
  };
}
