import { describe, expect, test } from 'vitest';
import { defaultScenario } from '../../scenario/default-scenario.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { OS_FOOTPRINT_MIB, esxVmOverheadMiB, hostedVmOverheadMiB } from '../../calibration/footprints.ts';
import { bareMetalPlatform } from './bare-metal-platform.ts';

function withBareMetal(o: Scenario['platforms']['bare-metal']): Scenario {
  const base = defaultScenario();
  return { ...base, platforms: { ...base.platforms, 'bare-metal': o } };
}

describe('the bare-metal column names its hypervisor', () => {
  test('a scenario that names KVM is labelled KVM, not ESX Server', () => {
    const label = bareMetalPlatform(withBareMetal({ product: 'kvm', style: 'esx', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' })).label;
    expect(label).toMatch(/^KVM/);
    expect(label).not.toContain('ESX');
  });

  test('without a product the options name it, as they choose its console', () => {
    expect(bareMetalPlatform(withBareMetal({ style: 'esx', guestMode: 'binary-translation', paging: 'shadow' })).label).toMatch(/^VMware ESX Server 3\.0:/);
    // Xen by the release of the host's era (classroom-default's 2009 host: Xen 3.4, as its dom0 prints).
    expect(bareMetalPlatform(withBareMetal({ style: 'xen', guestMode: 'paravirtual', paging: 'shadow' })).label).toMatch(/^Xen 3\.4:/);
    expect(bareMetalPlatform(withBareMetal({ style: 'esx', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' })).label).toMatch(/^KVM/);
  });
});

describe('KVM is not ESX Server under another name', () => {
  const kvm = bareMetalPlatform(withBareMetal({ style: 'esx', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' }));
  const esx = bareMetalPlatform(withBareMetal({ style: 'esx', guestMode: 'binary-translation', paging: 'shadow' }));

  test('its hypervisor is a Linux kernel, with no service console; ESX keeps its vmkernel and console', () => {
    expect(kvm.baseMemoryMiB()).toEqual({ hypervisor: OS_FOOTPRINT_MIB.linux });
    expect(Object.keys(esx.baseMemoryMiB())).toEqual(['hypervisor', 'service console']);
  });

  test('each VM carries a QEMU process’s overhead, not ESX’s per-VM figure', () => {
    const g = defaultScenario().guests[0];
    if (!g) throw new Error('no guest');
    expect(kvm.plan(g)?.memoryMiB['monitor-overhead']).toBe(hostedVmOverheadMiB(g.memoryMiB));
    expect(esx.plan(g)?.memoryMiB['monitor-overhead']).toBe(esxVmOverheadMiB(g.vcpus, g.memoryMiB));
  });
});
