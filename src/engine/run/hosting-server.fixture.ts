/** The box: a 2006 8-core, 32 GiB server by default; the scale benchmark's containers get 64 cores. */
interface Box {
  readonly cores: number;
  readonly memoryMiB: number;
}

/**
 * A hosting server's worth of small guests, for the 1,000-guest tests and the scale benchmark:
 * n guests on `box` with an SSD, a web site in every ten, with `cpuJobs` a CPU-bound job in
 * every ten too, the rest shell accounts (idle). Not a preset: its size is the parameter.
 */
export function hostingServer(n: number, box: Box = { cores: 8, memoryMiB: 32768 }, cpuJobs = false): unknown {
  return {
    version: 3,
    name: 'hosting',
    seed: 2006,
    host: { cpu: 'core2-2006', ...box, disk: 'ssd', nic: '1g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices: 'paravirtual' },
      container: { hostOs: 'linux', network: 'bridge', storage: 'bind' },
    },
    guests: Array.from({ length: n }, (_, i) => ({
      name: `vps${String(i + 1).padStart(4, '0')}`,
      os: 'linux',
      vcpus: 1,
      memoryMiB: i % 10 === 0 ? 128 : 64,
      workload:
        i % 10 === 0
          ? { kind: 'web-server', concurrency: 2, arrivalsPerSecond: 20 }
          : cpuJobs && i % 10 === 5
            ? { kind: 'cpu-int', concurrency: 1 }
            : { kind: 'idle' },
    })),
  };
}

