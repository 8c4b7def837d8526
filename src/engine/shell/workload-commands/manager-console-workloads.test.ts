import { describe, expect, it } from 'vitest';
import { headlessShell, plainText } from '../../headless-shell.ts';
import { loadPreset } from '../../scenario/presets.ts';

const COMMANDS = [
  'sysbench cpu run',
  'stress-ng --cpu 1 -t 1',
  'make -j2',
  'dd if=/dev/zero of=/dev/null bs=1M count=10',
  'lat_ctx 2',
  'lat_syscall null',
  'lmbench',
  'forkwait',
  'fio --name=a --rw=read --size=1m',
];

describe('benchmarks typed into a management console', () => {
  // The model runs workloads in guests only: a benchmark there must say so, not report zero work as a result.
  it.each(COMMANDS)('%s says workloads run in the guests, and fails', (command) => {
    const scenario = loadPreset('xen');
    if (!scenario) throw new Error('xen preset missing');
    const r = headlessShell(scenario, { platform: 'bare-metal', console: 'manager', atS: 60, commands: [command, 'echo status=$?'] });
    if ('error' in r) throw new Error(r.error);
    const out = plainText(r.output);
    expect(out).toMatch(/workloads run in the guests: open a guest console/);
    expect(out).toMatch(/status=1/);
    expect(out).not.toMatch(/no result|events per second|bogo ops|records out|Terminated/);
  });
});
