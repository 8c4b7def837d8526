import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { loadPreset } from '../../../scenario/presets.ts';

describe('virsh schedinfo', () => {
  test("shows a domain's cgroup CPU weight and per-vCPU quota in libvirt's fields, and --set changes them while it runs", () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 150 }, [
      'virsh schedinfo build',
      'virsh schedinfo build --set vcpu_quota=25000',
      'virsh dominfo build',
      'sleep 10',
      'virsh dominfo build',
      'virsh schedinfo build --set vcpu_period=50000',
    ]);
    expect(out).toContain('# virsh schedinfo build\nScheduler      : posix\ncpu_shares     : 1024\nvcpu_period    : 100000\nvcpu_quota     : -1\n');
    expect(out).toContain('# virsh schedinfo build --set vcpu_quota=25000\nScheduler      : posix\ncpu_shares     : 1024\nvcpu_period    : 100000\nvcpu_quota     : 25000\n');
    // Each of its four vCPUs a quarter of a core: the kernel build, which took four cores' worth, gets one.
    expect(loadPreset('kvm')?.guests.find((g) => g.name === 'build')?.vcpus).toBe(4);
    const cpu = [...out.matchAll(/^CPU time: +([\d.]+)s$/gm)].map((m) => Number(m[1]));
    const used = (cpu[1] ?? 0) - (cpu[0] ?? 0);
    expect(used).toBeGreaterThan(9.5);
    expect(used).toBeLessThanOrEqual(10.1);
    expect(out).toContain('error: invalid argument: vcpu_period is 100000 in this model\n');
  });
});
