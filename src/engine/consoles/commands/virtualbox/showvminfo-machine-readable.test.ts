import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { uuidFrom } from '../common/ids.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

function vbox() {
  const m = new FakeGuestManager('hosted', 'virtualbox', [
    guest({ name: 'web', id: 1, state: 'running', vcpus: 2, memoryMiB: 1024, currentMemoryMiB: 768, uptimeNs: 30e9, cpuCapPercent: 100 }),
    guest({ name: 'win-test', id: 2, os: 'windows', state: 'crashed', memoryMiB: 2048, stoppedNs: 45e9 }),
  ]);
  // The host's CPU has VT-x but no EPT (a Core 2).
  const host = { ...fakeMachine({ nowNs: () => 60e9 }), cpu: () => ({ model: 'Intel Xeon', mhz: 2660, count: 4, hypervisorVendor: null, virtualizationType: null, flags: ['vmx', 'lm'] }) };
  return { ctx: fakeContext(host), cmd: byName(consoleCommandsFor('virtualbox', m), 'VBoxManage') };
}

describe('VBoxManage showvminfo --machinereadable', () => {
  test("prints the VM's settings and state as key=value lines, from the manager and the host's CPU", () => {
    const { ctx, cmd } = vbox();
    expect(runDone(cmd, ['showvminfo', 'web', '--machinereadable'], ctx).output).toBe(
      [
        'name="web"',
        'groups="/"',
        'ostype="Linux 2.6 / 3.x (64-bit)"',
        `UUID="${uuidFrom('web')}"`,
        'CfgFile="/root/VirtualBox VMs/web/web.vbox"',
        'SnapFldr="/root/VirtualBox VMs/web/Snapshots"',
        'LogFldr="/root/VirtualBox VMs/web/Logs"',
        'memory=1024',
        'cpuexecutioncap=50',
        'chipset="piix3"',
        'firmware="BIOS"',
        'cpus=2',
        'hwvirtex="on"',
        'nestedpaging="off"',
        'VMState="running"',
        'VMStateChangeTime="2007-01-01T00:00:30.000000000"',
        'storagecontrollername0="SATA"',
        'storagecontrollertype0="IntelAhci"',
        '"SATA-0-0"="/root/VirtualBox VMs/web/web.vdi"',
        'nic1="bridged"',
        'bridgeadapter1="eth0"',
        'nictype1="virtio"',
        'GuestMemoryBalloon=256',
        '',
      ].join('\n'),
    );
  });

  test('a VM that crashed is aborted since it stopped, with no MAC or balloon; the human form is unchanged', () => {
    const { ctx, cmd } = vbox();
    const out = runDone(cmd, ['showvminfo', '--machinereadable', 'win-test'], ctx).output;
    expect(out).toContain('ostype="Windows 2003 (64-bit)"\n');
    expect(out).toContain('VMState="aborted"\nVMStateChangeTime="2007-01-01T00:00:45.000000000"\n');
    expect(out).not.toMatch(/macaddress1|GuestMemoryBalloon/);
    expect(runDone(cmd, ['showvminfo', 'win-test'], ctx).output).toContain('State:           aborted\n');
    expect(runDone(cmd, ['showvminfo', 'web', '--details'], ctx).status).toBe(2);
    expect(runDone(cmd, ['--help'], ctx).output).toContain('showvminfo            <uuid|vmname> [--machinereadable]');
  });
});

describe('showvminfo --machinereadable on the virtualbox preset', () => {
  test("nested paging on the Nehalem host, virtio NIC, the guest's own MAC, and the balloon controlvm set", () => {
    const out = typedInto('virtualbox', { platform: 'hosted', console: 'manager', atS: 60 }, ['VBoxManage controlvm dev guestmemoryballoon 512', 'VBoxManage showvminfo dev --machinereadable']);
    const guestMac = typedInto('virtualbox', { platform: 'hosted', console: 'dev', atS: 60 }, ['ifconfig eth0']);
    const mac = /HWaddr ([0-9A-F:]+)/.exec(guestMac)?.[1]?.replace(/:/g, '');
    expect(mac).toBeDefined();
    expect(out).toContain('hwvirtex="on"\nnestedpaging="on"\nVMState="running"\n');
    expect(out).toContain(`macaddress1="${mac ?? ''}"\nnic1="bridged"\nbridgeadapter1="eth0"\nnictype1="virtio"\nGuestMemoryBalloon=512\n`);
  });
});
