/**
 * The PCI devices a machine's lspci lists: for a VM, the virtual chipset and devices its
 * product emulates — where the emulated-versus-paravirtual lesson shows — and for a physical
 * server the two devices the model prices, its NIC and its RAID controller. Lines as
 * pciutils prints them, read from real guests' listings: VirtualBox (an Ubuntu forum post of
 * 2007-12-14), QEMU/KVM with virtio (a CentOS 7 guest's), VMware (440BX, PIIX4, SVGA II, LSI
 * 53c1030), Xen HVM ("Unassigned class [ff80]: XenSource, Inc. Xen Platform Device"). A
 * paravirtual Xen guest has no PCI bus at all. A container has no virtual hardware: it reads
 * the host's real devices through the one kernel's sysfs, except in an OpenVZ container,
 * whose sysfs shows none.
 */
import type { VirtualHardware } from './virtual-hardware.ts';

/** The NIC each driver binds, as lspci names it. */
const NICS: Readonly<Record<string, string>> = {
  pcnet32: 'Ethernet controller: Advanced Micro Devices [AMD] 79c970 [PCnet32 LANCE] (rev 10)',
  virtio_net: 'Ethernet controller: Red Hat, Inc Virtio network device',
  vmxnet: 'Ethernet controller: VMware VMXNET Ethernet Controller',
  '8139cp': 'Ethernet controller: Realtek Semiconductor Co., Ltd. RTL-8139/8139C/8139C+ (rev 20)',
  tulip: 'Ethernet controller: Digital Equipment Corporation DECchip 21140 [FasterNet]',
  tg3: 'Ethernet controller: Broadcom Corporation NetXtreme Gigabit Ethernet',
};

const I440FX = [
  '00:00.0 Host bridge: Intel Corporation 440FX - 82441FX PMC [Natoma] (rev 02)',
  '00:01.0 ISA bridge: Intel Corporation 82371SB PIIX3 ISA [Natoma/Triton II]',
  '00:01.1 IDE interface: Intel Corporation 82371SB PIIX3 IDE [Natoma/Triton II]',
];
const I440BX = [
  '00:00.0 Host bridge: Intel Corporation 440BX/ZX/DX - 82443BX/ZX/DX Host bridge (rev 01)',
  '00:01.0 PCI bridge: Intel Corporation 440BX/ZX/DX - 82443BX/ZX/DX AGP bridge (rev 01)',
  '00:07.0 ISA bridge: Intel Corporation 82371AB/EB/MB PIIX4 ISA (rev 08)',
  '00:07.1 IDE interface: Intel Corporation 82371AB/EB/MB PIIX4 IDE (rev 01)',
  '00:07.3 Bridge: Intel Corporation 82371AB/EB/MB PIIX4 ACPI (rev 08)',
];

/** lspci's lines for a machine with hardware `hw`; a container's are the host's, `server`. */
export function pciDevices(hw: VirtualHardware, server: VirtualHardware): readonly string[] {
  const nic = NICS[hw.nicDriver] ?? `Ethernet controller: ${hw.nicDriver}`;
  switch (hw.detectVirt) {
    case 'openvz':
      return [];
    case 'docker':
    case 'zone':
      return pciDevices(server, server);
    case 'oracle':
      return [
        ...I440FX,
        '00:02.0 VGA compatible controller: InnoTek Systemberatung GmbH VirtualBox Graphics Adapter',
        `00:03.0 ${hw.nicDriver === 'pcnet32' ? nic.replace('(rev 10)', '(rev 40)') : nic}`,
        '00:04.0 System peripheral: InnoTek Systemberatung GmbH VirtualBox Guest Service',
        '00:07.0 Bridge: Intel Corporation 82371AB/EB/MB PIIX4 ACPI (rev 08)',
        '00:0d.0 SATA controller: Intel Corporation 82801HM/HEM (ICH8M/ICH8M-E) SATA Controller [AHCI mode] (rev 02)',
      ];
    case 'kvm':
      return [
        ...I440FX,
        '00:01.3 Bridge: Intel Corporation 82371AB/EB/MB PIIX4 ACPI (rev 03)',
        '00:02.0 VGA compatible controller: Cirrus Logic GD 5446',
        `00:03.0 ${nic}`,
        ...(hw.diskDriver === 'virtio_blk' ? ['00:04.0 SCSI storage controller: Red Hat, Inc Virtio block device'] : []),
        '00:05.0 Unclassified device [00ff]: Red Hat, Inc Virtio memory balloon',
      ];
    case 'vmware':
      return [
        ...I440BX,
        '00:0f.0 VGA compatible controller: VMware SVGA II Adapter',
        '00:10.0 SCSI storage controller: LSI Logic / Symbios Logic 53c1030 PCI-X Fusion-MPT Dual Ultra320 SCSI (rev 01)',
        `02:01.0 ${nic}`,
      ];
    case 'microsoft':
      return [...I440BX, '00:08.0 VGA compatible controller: S3 Inc. 86c764/765 [Trio32/64/64V+]', `00:0a.0 ${nic}`];
    case 'xen':
      // A paravirtual guest has no PCI bus: its devices are the split drivers' front ends.
      if (hw.virtualizationType === 'para') return [];
      return [
        ...I440FX,
        '00:01.3 Bridge: Intel Corporation 82371AB/EB/MB PIIX4 ACPI (rev 01)',
        '00:02.0 VGA compatible controller: Cirrus Logic GD 5446',
        '00:03.0 Unassigned class [ff80]: XenSource, Inc. Xen Platform Device (rev 01)',
        ...(hw.nicDriver === 'xen-netfront' ? [] : [`00:04.0 ${nic}`]),
      ];
    default:
      return ['01:00.0 RAID bus controller: LSI Logic / Symbios Logic MegaRAID SAS', `02:00.0 ${nic}`];
  }
}
