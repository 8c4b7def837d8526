/**
 * What a guest can tell about the machine under it, platform by platform, as the real
 * products present it: the DMI strings of the virtual BIOS, the hypervisor's CPUID
 * vendor, the disk and NIC drivers the guest loads, and what systemd-detect-virt says.
 */
import { guestViewFor, productFor } from '../consoles/products.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

export interface VirtualHardware {
  /** systemd-detect-virt: none, microsoft, vmware, xen, zone, openvz, docker. */
  readonly detectVirt: string;
  /** lscpu's "Hypervisor vendor", or null. */
  readonly hypervisorVendor: string | null;
  /** lscpu's "Virtualization type": full, para, container, or null. */
  readonly virtualizationType: string | null;
  /** DMI system manufacturer and product (systeminfo, dmidecode, the boot log). */
  readonly systemVendor: string;
  readonly systemProduct: string;
  /** The guest's first disk and its NIC driver. */
  readonly diskDevice: string;
  readonly diskDriver: string;
  readonly nicDriver: string;
  /** A Linux kernel built for the platform: "xen" for a paravirtual guest, "stab" for OpenVZ. */
  readonly kernelFlavour: '' | 'xen' | 'stab';
  /**
   * The hypervisor tells the guest kernel how long its vCPUs were kept waiting (a steal
   * clock), which top and vmstat show as st: a paravirtual Xen guest (its runstate; st since
   * Linux 2.6.11, vmstat(8)) and a KVM guest (RHEL 6's steal time accounting). Elsewhere the
   * guest cannot tell: the ticks it missed while descheduled are charged to what was running
   * (VMware's "Timekeeping in VMware Virtual Machines", "Time and Performance Measurements
   * Within a Virtual Machine"; M. Friedman, 2013: under ESX a Windows guest's processor
   * utilization counters are "significantly distorted").
   */
  readonly stealClock: boolean;
}

/** The physical server of each era, for native and for the hosts. */
const SERVER_BY_CPU: Readonly<Record<Scenario['host']['cpu'], string>> = {
  'netburst-2003': 'PowerEdge 2650',
  'core2-2006': 'PowerEdge 2950',
  'nehalem-2009': 'PowerEdge R710',
  'skylake-2015': 'PowerEdge R230',
};

/**
 * The platform's virtual hardware, with what its product tells a guest (detect-virt,
 * hypervisor vendor, virtualization type) taken from the product catalogue.
 */
export function virtualHardware(s: Scenario, kind: PlatformKind): VirtualHardware {
  const hw = withoutStealClock(s, kind);
  return { ...hw, stealClock: hw.virtualizationType === 'para' || productFor(kind, s)?.id === 'kvm' };
}

function withoutStealClock(s: Scenario, kind: PlatformKind): Omit<VirtualHardware, 'stealClock'> {
  const hw = byPlatform(s, kind);
  const view = guestViewFor(kind, s);
  const product = productFor(kind, s)?.id;
  const seen = view ? { ...hw, detectVirt: view.detectVirt, hypervisorVendor: view.hypervisorVendor, virtualizationType: view.virtualizationType } : hw;
  const pv = kind !== 'native' && kind !== 'container' && (s.platforms[kind].devices ?? 'emulated') === 'paravirtual';
  // An emulated NIC is priced as the AMD PCnet, whose driver's register accesses per packet are measured
  // (hosted-io-path.ts); VirtualBox (PCnet-FAST III) and QEMU both offer it, so their guests are shown that NIC.
  if (product === 'virtualbox')
    return { ...seen, systemVendor: 'innotek GmbH', systemProduct: 'VirtualBox', diskDriver: 'ahci', nicDriver: pv ? 'virtio_net' : 'pcnet32' };
  if (product === 'kvm')
    return { ...seen, systemVendor: 'QEMU', systemProduct: 'Standard PC (i440FX + PIIX, 1996)', diskDevice: pv ? 'vda' : 'sda', diskDriver: pv ? 'virtio_blk' : 'ata_piix', nicDriver: pv ? 'virtio_net' : 'pcnet32' };
  return { ...seen, kernelFlavour: seen.detectVirt === 'openvz' ? 'stab' : hw.kernelFlavour };
}

function byPlatform(s: Scenario, kind: PlatformKind): Omit<VirtualHardware, 'stealClock'> {
  const bare: Omit<VirtualHardware, 'stealClock'> = {
    detectVirt: 'none',
    hypervisorVendor: null,
    virtualizationType: null,
    systemVendor: 'Dell Inc.',
    systemProduct: SERVER_BY_CPU[s.host.cpu],
    diskDevice: 'sda',
    diskDriver: 'megaraid_sas',
    nicDriver: 'tg3',
    kernelFlavour: '',
  };
  switch (kind) {
    case 'native':
      return bare;
    case 'hosted': {
      const o = s.platforms.hosted;
      if (o.hostOs === 'windows')
        // Microsoft Virtual Server 2005: an emulated DEC 21140 NIC and IDE disks; VM Additions add no PV NIC.
        return { ...bare, detectVirt: 'microsoft', hypervisorVendor: 'Microsoft', virtualizationType: 'full', systemVendor: 'Microsoft Corporation', systemProduct: 'Virtual Machine', diskDevice: 'hda', diskDriver: 'ide', nicDriver: 'tulip' };
      return { ...bare, detectVirt: 'vmware', hypervisorVendor: 'VMware', virtualizationType: 'full', systemVendor: 'VMware, Inc.', systemProduct: 'VMware Virtual Platform', diskDriver: 'mptspi', nicDriver: o.devices === 'paravirtual' ? 'vmxnet' : 'pcnet32' };
    }
    case 'bare-metal': {
      const o = s.platforms['bare-metal'];
      const pvDevices = (o.devices ?? (o.guestMode === 'paravirtual' ? 'paravirtual' : 'emulated')) === 'paravirtual';
      if (o.style === 'xen') {
        const pv = o.guestMode === 'paravirtual';
        return {
          ...bare,
          detectVirt: 'xen',
          hypervisorVendor: 'Xen',
          virtualizationType: pv ? 'para' : 'full',
          systemVendor: 'Xen',
          systemProduct: pv ? 'paravirtualized domU' : 'HVM domU',
          diskDevice: pvDevices ? 'xvda' : 'hda',
          diskDriver: pvDevices ? 'xen-blkfront' : 'ide',
          nicDriver: pvDevices ? 'xen-netfront' : '8139cp',
          kernelFlavour: pv ? 'xen' : '',
        };
      }
      return { ...bare, detectVirt: 'vmware', hypervisorVendor: 'VMware', virtualizationType: 'full', systemVendor: 'VMware, Inc.', systemProduct: 'VMware Virtual Platform', diskDriver: 'mptspi', nicDriver: pvDevices ? 'vmxnet' : 'pcnet32' };
    }
    case 'container': {
      const o = s.platforms.container;
      const detect = o.hostOs === 'solaris' ? 'zone' : o.storage === 'overlay' ? 'docker' : o.hostOs === 'linux' ? 'openvz' : 'none';
      return {
        ...bare,
        detectVirt: detect,
        virtualizationType: 'container',
        diskDevice: o.storage === 'overlay' ? 'overlay' : 'simfs',
        nicDriver: o.network === 'host' ? bare.nicDriver : 'veth',
        kernelFlavour: detect === 'openvz' ? 'stab' : '',
      };
    }
  }
}

/** A Linux guest's root partition on its disk (/dev/xvda1, /dev/vda1, /dev/hda1, /dev/sda1): fstab, df and the boot log agree. */
export function linuxRootPartition(hw: Pick<VirtualHardware, 'diskDevice'>): string {
  return `/dev/${hw.diskDevice}1`;
}
