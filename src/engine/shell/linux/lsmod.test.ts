import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { fakeContext, fakeMachine, runDone } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';

const HEADER = 'Module                  Size  Used by';

/** A VMware guest: the LSI controller and the PCnet NIC on its PCI bus, an ext3 root on sda. */
function vmwareGuest() {
  const m = fakeMachine();
  m.pciDevices = () => ['00:10.0 SCSI storage controller: LSI Logic / Symbios Logic 53c1030 PCI-X Fusion-MPT Dual Ultra320 SCSI (rev 01)'];
  m.disk = [{ filesystem: '/dev/sda1', type: 'ext3', sizeKiB: 8_388_608, usedKiB: 1_843_200, mount: '/' }];
  m.nics = [{ name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' }, { name: 'eth0', ipv4: '10.0.0.5', prefix: 24, mac: '00:0c:29:4a:1b:2c', driver: 'pcnet32' }];
  return m;
}

describe('lsmod', () => {
  test("lists the drivers of the machine's disk controller and NIC and its file system's, newest first, with their users", () => {
    expect(runDone(fakeContext(vmwareGuest()), LINUX_COMMANDS, 'lsmod').output).toBe(
      [
        HEADER,
        'pcnet32                31603  0 ',
        'mii                     4393  1 pcnet32',
        'ext3                  203718  1 ',
        'jbd                    65315  1 ext3',
        'mptspi                 22738  1 ',
        'mptscsih               44457  1 mptspi',
        'mptbase               102904  2 mptspi,mptscsih',
        'scsi_transport_spi     30630  1 mptspi',
        '',
      ].join('\n'),
    );
  });

  test('a Xen paravirtual guest loads its split drivers’ front ends, with no PCI bus', () => {
    const m = vmwareGuest();
    m.pciDevices = () => [];
    m.disk = [{ filesystem: '/dev/xvda1', type: 'ext3', sizeKiB: 8_388_608, usedKiB: 1_843_200, mount: '/' }];
    m.nics = [{ name: 'eth0', ipv4: '10.0.0.5', prefix: 24, mac: '00:16:3e:00:00:01', driver: 'xen-netfront' }];
    expect(runDone(fakeContext(m), LINUX_COMMANDS, 'lsmod').output.split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['Module', 'xen_netfront', 'ext3', 'jbd', 'xen_blkfront', '']);
  });

  test("an OpenVZ container's list is empty; a host's and a Docker container's are not modelled; options are refused", () => {
    const ct = fakeMachine();
    ct.virt = 'openvz';
    expect(runDone(fakeContext(ct), LINUX_COMMANDS, 'lsmod').output).toBe(`${HEADER}\n`);
    const host = vmwareGuest();
    host.role = 'manager';
    expect(runDone(fakeContext(host), LINUX_COMMANDS, 'lsmod').status).toBe(1);
    const docker = vmwareGuest();
    docker.virt = 'docker';
    docker.cpuInfo = { ...docker.cpuInfo, virtualizationType: 'container' };
    expect(runDone(fakeContext(docker), LINUX_COMMANDS, 'lsmod').output).toMatch(/^lsmod: the host kernel's modules are not modelled here/);
    expect(runDone(fakeContext(vmwareGuest()), LINUX_COMMANDS, 'lsmod -v')).toEqual({ kind: 'done', status: 1, output: 'Usage: lsmod\n' });
  });
});

describe('lsmod in the presets’ guests', () => {
  test('a KVM guest loads virtio’s block, network and balloon drivers over the virtio PCI bus, as its lspci shows', () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'web', atS: 30 }, ['lsmod', 'help lsmod']);
    expect(out).toContain(
      [
        HEADER,
        'virtio_balloon          4798  0 ',
        'virtio_net             21970  0 ',
        'ext3                  203718  1 ',
        'jbd                    65315  1 ext3',
        'virtio_blk              7132  1 ',
        'virtio_pci              7512  0 ',
        'virtio_ring             8891  4 virtio_balloon,virtio_net,virtio_blk,virtio_pci',
        'virtio                  5639  4 virtio_balloon,virtio_net,virtio_blk,virtio_pci',
      ].join('\n'),
    );
    expect(out).toMatch(/lsmod - show the loaded kernel modules/);
  });

  test('a GSX guest loads the emulated LSI SCSI and PCnet drivers; a Xen guest its front ends', () => {
    expect(typedInto('gsx-server', { platform: 'hosted', console: 'web1', atS: 30 }, ['lsmod'])).toMatch(/\npcnet32 +\d+ +0 \nmii +\d+ +1 pcnet32\n[^]*\nmptspi +\d+ +1 \n/);
    expect(typedInto('xen', { platform: 'bare-metal', console: 'web', atS: 30 }, ['lsmod'])).toMatch(/\nxen_netfront +\d+ +0 \n[^]*\nxen_blkfront +\d+ +1 \n/);
  });
});
