import { describe, expect, test } from 'vitest';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

/** The /proc/cpuinfo flags line of the first CPU, as the console's cat shows it. */
function flags(preset: string, platform: PlatformKind, console: string): string[] {
  return (/^flags\t\t: (.*)$/m.exec(typedInto(preset, { platform, console, atS: 60 }, ['cat /proc/cpuinfo']))?.[1] ?? '').split(' ');
}

describe('/proc/cpuinfo flags: VT-x and EPT on the bare hardware only', () => {
  test('a hosted VMM’s host lists the CPU’s vmx and ept beside the flags a guest sees; the VM sees the hypervisor instead', () => {
    const host = flags('virtualbox', 'hosted', 'manager');
    const vm = flags('virtualbox', 'hosted', 'dev');
    expect(host).toEqual(expect.arrayContaining(['vmx', 'ept', 'lm', 'pae', 'sse2']));
    expect(vm).not.toContain('vmx');
    expect(vm).toContain('hypervisor');
    expect(host.filter((f) => f !== 'vmx' && f !== 'ept')).toEqual(vm.filter((f) => f !== 'hypervisor'));
  });

  test('a container sees the host’s CPU; Xen’s dom0 runs on the hypervisor and sees no VT-x; a 2006 host has no EPT', () => {
    expect(flags('docker', 'container', 'web')).toEqual(flags('docker', 'container', 'manager'));
    expect(flags('xen', 'bare-metal', 'manager')).not.toContain('vmx');
    expect(flags('esx-server', 'hosted', 'manager')).toContain('vmx');
    expect(flags('esx-server', 'hosted', 'manager')).not.toContain('ept');
  });
});
