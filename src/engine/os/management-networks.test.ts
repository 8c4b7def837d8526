import { describe, expect, test } from 'vitest';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function type(preset: string, platform: PlatformKind, console: string, ...commands: string[]): string {
  return typedInto(preset, { platform, console, atS: 100 }, commands);
}

describe("dom0's end of Xen's split network driver", () => {
  test("dom0 bridges the physical NIC and every domain's back-end vif on xenbr0, one vif per domain xm list shows", () => {
    const out = type('xen', 'bare-metal', 'manager', 'xm list', 'brctl show', 'ifconfig peth0');
    const ids = [...out.matchAll(/^\S+\s+(\d+)\s+\d+\s+\d+\s+\S+\s+[\d.]+$/gm)].map((m) => Number(m[1])).filter((id) => id > 0);
    expect(ids).toEqual([1, 2, 3, 4]);
    const bridge = out.split('brctl show\n')[1]?.split('\n') ?? [];
    expect(bridge[0]).toBe('bridge name\tbridge id\t\tSTP enabled\tinterfaces');
    expect(bridge[1]).toBe('xenbr0\t\t8000.feffffffffff\tno\t\tpeth0');
    expect(bridge.slice(2, 7).map((l) => l.trim())).toEqual(['vif0.0', ...ids.map((id) => `vif${id}.0`)]);
    // The renamed physical NIC carries no address: dom0's own eth0 does.
    expect(out).toMatch(/^peth0\s+Link encap:Ethernet {2}HWaddr FE:FF:FF:FF:FF:FF {2}\n {10}UP BROADCAST/m);
  });

  test('a guest, and the host of a hosted VMM, have no bridge', () => {
    for (const [platform, console] of [['bare-metal', 'web'], ['hosted', 'manager']] as const) {
      const out = type('xen', platform, console, 'brctl show', 'ifconfig');
      expect(out).not.toContain('xenbr0');
      expect(out).not.toContain('vif1.0');
    }
  });
});

describe("ESX's service console", () => {
  test('reaches the network through vswif0, its port on the vmkernel’s virtual switch, not a NIC of its own', () => {
    const out = type('esx-server', 'bare-metal', 'manager', 'ifconfig', 'route -n');
    expect(out).toMatch(/^vswif0 {4}Link encap:Ethernet {2}HWaddr \S+ {2}\n {10}inet addr:192\.168\.1\.10 /m);
    expect(out).not.toMatch(/^eth0 /m);
    expect(out).toMatch(/^0\.0\.0\.0 +192\.168\.1\.1 +0\.0\.0\.0 +UG .* vswif0$/m);
  });

  test("esxcfg-vswitch -l lists vSwitch0 with vmnic0 as its uplink, a VM Network port per running VM and the console's; esxcfg-nics -l the NIC lspci shows", () => {
    const out = type('esx-server', 'bare-metal', 'manager', 'vmware-cmd -l', 'esxcfg-vswitch -l', 'vmware-cmd lin-web.vmx stop', 'esxcfg-vswitch -l', 'esxcfg-nics -l', 'lspci', 'ifconfig vswif0');
    const vms = out.split('esxcfg-vswitch -l\n')[0]?.split('\n').filter((l) => l.endsWith('.vmx')).length ?? 0;
    expect(vms).toBe(4);
    const listings = out.split('esxcfg-vswitch -l\n').slice(1);
    const vmNetwork = listings.map((l) => Number(/^ {2}VM Network +0 +(\d+) +vmnic0$/m.exec(l)?.[1]));
    expect(vmNetwork).toEqual([vms, vms - 1]);
    expect(listings[0]).toMatch(/^Switch Name +Num Ports +Used Ports +Configured Ports +MTU +Uplinks\nvSwitch0 +64 +8 +64 +1500 +vmnic0\n/);
    expect(listings[0]).toMatch(/^ {2}Service Console +0 +1 +vmnic0$/m);
    const nic = /^vmnic0 +0000:(\S+)0 +(\S+) +Up +1000Mbps +Full +(\S+) +1500 +(.+)$/m.exec(out);
    const pci = /^(\S+) Ethernet controller: (.+)$/m.exec(out);
    // ESX prints the PCI function with two digits: 02:00.0 is 0000:02:00.00.
    expect(nic?.[1]).toBe(pci?.[1]);
    expect(nic?.[4]).toBe(pci?.[2]);
    expect(nic?.[3]?.toUpperCase()).toBe(/HWaddr (\S+)/.exec(out)?.[1]);
  });
});

describe("a KVM host's bridge", () => {
  test('br0 holds the host’s address with its NIC as a port, and each running VM’s NIC ends in a tap vnetN with the guest’s MAC under FE', () => {
    const host = type('kvm', 'bare-metal', 'manager', 'virsh list', 'brctl show', 'ifconfig br0', 'ifconfig eth0', 'ifconfig vnet0');
    const running = [...host.matchAll(/^ \d+\s+\S+\s+running$/gm)].length;
    const bridge = host.split('brctl show\n')[1]?.split('root@')[0]?.trim().split('\n') ?? [];
    expect(bridge.slice(1).map((l) => l.trim().split(/\s+/).pop())).toEqual(['eth0', ...Array.from({ length: running }, (_, i) => `vnet${i}`)]);
    expect(host).toMatch(/^br0 {7}Link encap:Ethernet {2}HWaddr \S+ {2}\n {10}inet addr:192\.168\.1\.10 /m);
    expect(host).toMatch(/^eth0 {6}Link encap:Ethernet {2}HWaddr \S+ {2}\n {10}UP /m);
    const guestMac = /HWaddr (\S+)/.exec(type('kvm', 'bare-metal', 'web', 'ifconfig eth0'))?.[1] ?? '';
    expect(host).toContain(`vnet0     Link encap:Ethernet  HWaddr FE${guestMac.slice(2)}`);
  });
});

describe("the products' own daemons on their host", () => {
  test.each([
    ['gsx-server', 'hosted', ['vmware-serverd', 'vmware-authd']],
    ['virtualbox', 'hosted', ['/usr/lib/virtualbox/VBoxSVC --auto-shutdown']],
    ['kvm', 'bare-metal', ['libvirtd --daemon']],
    ['docker', 'container', ['/usr/bin/dockerd -H fd://']],
  ] as const)("%s's host runs its management daemons beside the VMs' or containers' processes", (preset, platform, daemons) => {
    const ps = type(preset, platform, 'manager', 'ps -efww');
    for (const d of daemons) expect(ps).toMatch(new RegExp(`^root +\\d+ +1 .* ${d.replaceAll('/', '\\/')}$`, 'm'));
  });

  test('a platform with no host OS of its own lists none: Xen’s dom0 runs xend, ESX’s console vmware-hostd, as before', () => {
    expect(type('xen', 'bare-metal', 'manager', 'ps -ef')).not.toMatch(/vmware-serverd|libvirtd|dockerd|VBoxSVC/);
  });
});
