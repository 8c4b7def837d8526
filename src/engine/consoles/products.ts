/**
 * The product catalogue: which real product each platform configuration stands for. A
 * product is not a new mechanism — it is a named set of the platform options the model
 * already has (docs/scenario.md), plus what its management console speaks and what its
 * guests can tell about the virtualization under them. What each product simplifies is
 * in docs/products.md.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { PRODUCT_IDS, type ProductId } from './product-ids.ts';
import { XEN_RELEASE } from './xen-release.ts';
import type { GuestSchedulerId } from '../calibration/guest-switch.ts';
import type { BareMetalOptions, ContainerOptions, HostedOptions, PlatformKind, Scenario } from '../scenario/schema.ts';

export { PRODUCT_IDS, type ProductId } from './product-ids.ts';

/** The platforms a product can be: every one but the native baseline. */
export type ProductPlatform = Exclude<PlatformKind, 'native'>;

/** Which command set the product's management console has (consoles/commands/<flavour>/). */
export type ConsoleFlavour = 'vmware-hosted' | 'virtualbox' | 'virtual-server' | 'xen' | 'esx' | 'kvm' | 'zones' | 'virtuozzo' | 'docker';

/** What software inside a guest can find out about the virtualization under it. */
export interface GuestView {
  /** `systemd-detect-virt`: vmware, microsoft, oracle, xen, kvm, zone, openvz, docker. */
  readonly detectVirt: string;
  /** lscpu's "Hypervisor vendor"; null in a container (no hypervisor). */
  readonly hypervisorVendor: string | null;
  /** lscpu's "Virtualization type": full, para or container. */
  readonly virtualizationType: 'full' | 'para' | 'container';
}

/** The host process a guest lives in, as the management host's process list shows it. */
export interface GuestProcess {
  readonly name: string;
  /** One process per guest, or one process for all of them (Virtual Server's service). */
  readonly perGuest: boolean;
}

interface ProductCommon {
  readonly id: ProductId;
  readonly label: string;
  readonly vendor: string;
  /** The year of the version modelled. */
  readonly year: number;
  /** What is characteristic of it, in one paragraph. */
  readonly description: string;
  /** The CPU generation it typically ran on. */
  readonly typicalCpu: CpuGenerationId;
  /** The scheduler that shares the cores between its guests (its time slice: calibration/guest-switch.ts). */
  readonly scheduler: GuestSchedulerId;
  readonly console: ConsoleFlavour;
  readonly guestView: GuestView;
  readonly guestProcess: GuestProcess | null;
  /** The product's own management daemons on its host OS, as ps shows them (command lines); none listed where the console shows them otherwise. */
  readonly hostDaemons?: readonly string[];
  /** The era whose Linux its host must run when an older server's kernel cannot run it (see hostEra). */
  readonly needsLinuxOf?: CpuGenerationId;
}

export type Product = ProductCommon &
  (
    | { readonly platform: 'hosted'; readonly options: HostedOptions }
    | {
        readonly platform: 'bare-metal';
        readonly options: BareMetalOptions;
        /** Hardware assist uses nested paging where the CPU has EPT, else shadow paging (as KVM does). */
        readonly pagingFollowsCpu?: true;
      }
    | { readonly platform: 'container'; readonly options: ContainerOptions }
  );

export const PRODUCTS: readonly Product[] = [
  {
    id: 'virtual-server-2005',
    label: 'Microsoft Virtual Server 2005 R2',
    vendor: 'Microsoft',
    year: 2005,
    description:
      'A hosted VMM that runs as a Windows service on Windows Server 2003: every virtual machine runs inside the one ' +
      'Virtual Server service process (vssrvc.exe), not in a process of its own. Guest kernels run under binary ' +
      'translation (R2 SP1 added optional VT-x), guests see emulated hardware (an Intel 21140 NIC, an emulated IDE or ' +
      'SCSI controller), and each guest has a single virtual CPU. It was administered through a web page (the ' +
      'Administration Website) and COM scripts rather than a command line.',
    typicalCpu: 'netburst-2003',
    scheduler: 'windows-server',
    console: 'virtual-server',
    guestView: { detectVirt: 'microsoft', hypervisorVendor: 'Microsoft', virtualizationType: 'full' },
    guestProcess: { name: 'vssrvc.exe', perGuest: false },
    platform: 'hosted',
    options: { hostOs: 'windows', technique: 'binary-translation', devices: 'emulated' },
  },
  {
    id: 'gsx-server',
    label: 'VMware GSX Server 3.2',
    vendor: 'VMware',
    year: 2005,
    description:
      "VMware's hosted server product on a Linux (or Windows) host: a driver in the host kernel (vmmon) plus one " +
      'vmware-vmx process per virtual machine. Guest kernels run under VMware\'s binary translator with shadow page ' +
      'tables; guests see emulated devices (an AMD PCnet or vmxnet NIC, a BusLogic or LSI Logic SCSI controller), ' +
      'and every device access that the host must serve costs a world switch out of the monitor. Managed with ' +
      'vmware-cmd on the host.',
    typicalCpu: 'netburst-2003',
    scheduler: 'linux-o1',
    console: 'vmware-hosted',
    guestView: { detectVirt: 'vmware', hypervisorVendor: 'VMware', virtualizationType: 'full' },
    guestProcess: { name: 'vmware-vmx', perGuest: true },
    // GSX Server 3 Administration Guide, glossary: the Registration Service "is known as vmware-serverd on Linux
    // hosts", the Authorization Service "is called vmware-authd on Linux hosts".
    hostDaemons: ['vmware-serverd', 'vmware-authd'],
    platform: 'hosted',
    options: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
  },
  {
    id: 'virtualbox',
    label: 'Oracle VM VirtualBox 4.3',
    vendor: 'Oracle (formerly innotek, then Sun)',
    year: 2013,
    description:
      'A hosted VMM for desktops and small servers: a host kernel driver (vboxdrv) plus one process per virtual ' +
      'machine (VBoxHeadless when run without a window). Modelled as it runs today: hardware assist (VT-x, with ' +
      'nested paging where the CPU has EPT) and paravirtual virtio-net devices. Managed with VBoxManage.',
    typicalCpu: 'nehalem-2009',
    scheduler: 'linux-cfs',
    console: 'virtualbox',
    guestView: { detectVirt: 'oracle', hypervisorVendor: 'innotek GmbH', virtualizationType: 'full' },
    guestProcess: { name: 'VBoxHeadless', perGuest: true },
    // VBoxSVC, the service process every VirtualBox front end (VBoxManage, VBoxHeadless) talks to (virtualbox.org SDK reference).
    hostDaemons: ['/usr/lib/virtualbox/VBoxSVC --auto-shutdown'],
    platform: 'hosted',
    options: { hostOs: 'linux', technique: 'hardware-assist', devices: 'paravirtual' },
  },
  {
    id: 'xen',
    label: 'Xen 3.0',
    vendor: 'XenSource',
    year: 2005,
    description:
      'A thin hypervisor with a privileged driver domain (dom0, a Linux with the real device drivers). Guests are ' +
      'paravirtualized: their kernels are modified to call the hypervisor (hypercalls, batched page-table updates) ' +
      'instead of running privileged instructions, and their split front-end drivers pass I/O over shared rings and ' +
      'event channels to back-ends in dom0. Runs on CPUs without VT-x; Windows needs VT-x (HVM). Managed with xm.',
    typicalCpu: 'netburst-2003',
    scheduler: 'xen-credit',
    console: 'xen',
    guestView: { detectVirt: 'xen', hypervisorVendor: 'Xen', virtualizationType: 'para' },
    guestProcess: null,
    platform: 'bare-metal',
    options: { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices: 'paravirtual' },
  },
  {
    id: 'esx-server',
    label: 'VMware ESX Server 3.0',
    vendor: 'VMware',
    year: 2006,
    description:
      'A bare-metal hypervisor (the vmkernel) with its own device drivers, storage stack and virtual switch: device ' +
      'emulation happens in the hypervisor, with no host OS and no driver domain in the I/O path. Guest kernels run ' +
      'under binary translation with shadow page tables (VMware kept BT even on the first VT-x CPUs, where it was ' +
      'faster). A Linux-based service console VM is used for management only (vmware-cmd, esxtop).',
    typicalCpu: 'core2-2006',
    scheduler: 'esx',
    console: 'esx',
    guestView: { detectVirt: 'vmware', hypervisorVendor: 'VMware', virtualizationType: 'full' },
    guestProcess: { name: 'vmware-vmx', perGuest: true },
    platform: 'bare-metal',
    options: { style: 'esx', guestMode: 'binary-translation', paging: 'shadow', devices: 'emulated' },
  },
  {
    id: 'kvm',
    label: 'KVM (Linux kernel hypervisor)',
    vendor: 'Qumranet / Red Hat',
    year: 2009,
    description:
      'The Linux kernel itself made a hypervisor by a module (kvm.ko): guests are processes (qemu-kvm) of the host ' +
      'and need hardware assist (VT-x, with EPT nested paging from Nehalem on). Devices are paravirtual virtio rings ' +
      'served by the host kernel (vhost). Modelled with the bare-metal platform in its ESX style — the I/O back-end ' +
      'and drivers in the hypervisor, no driver domain — which is the closest the engine has (docs/products.md). ' +
      'Managed with virsh.',
    typicalCpu: 'nehalem-2009',
    scheduler: 'linux-cfs',
    console: 'kvm',
    guestView: { detectVirt: 'kvm', hypervisorVendor: 'KVM', virtualizationType: 'full' },
    guestProcess: { name: 'qemu-kvm', perGuest: true },
    // libvirt's daemon, which virsh asks to start, stop and list the domains.
    hostDaemons: ['libvirtd --daemon'],
    platform: 'bare-metal',
    options: { style: 'esx', guestMode: 'hardware-assist', paging: 'nested', devices: 'paravirtual' },
    pagingFollowsCpu: true,
  },
  {
    id: 'solaris-containers',
    label: 'Solaris 10 Containers (zones)',
    vendor: 'Sun Microsystems',
    year: 2008,
    description:
      'Zones partition one Solaris 10 kernel: each non-global zone has its own processes, users and file systems, ' +
      'administered from the global zone (zoneadm, zonecfg, zlogin, prstat -Z). Shared-IP zones use the global ' +
      "zone's IP stack (host networking); sparse-root zones loop-back mount the global zone's /usr and /lib read-only " +
      '(bind storage). Only Solaris applications run in them. Modelled as Solaris 10 5/08, the first release that ' +
      'caps a zone\'s CPU (capped-cpu) as well as its memory.',
    typicalCpu: 'core2-2006',
    scheduler: 'solaris-fss',
    console: 'zones',
    guestView: { detectVirt: 'zone', hypervisorVendor: null, virtualizationType: 'container' },
    guestProcess: { name: 'zoneadmd', perGuest: true },
    platform: 'container',
    options: { hostOs: 'solaris', network: 'host', storage: 'bind' },
  },
  {
    id: 'virtuozzo',
    // Not "(OpenVZ)": that is the Linux edition's open-source core, and Virtuozzo 3 also ran on Windows Server 2003.
    label: 'SWsoft Virtuozzo 3',
    vendor: 'SWsoft',
    year: 2005,
    description:
      'Containers on one patched Linux kernel with per-container resource accounting (user beancounters). Each ' +
      'container gets a routed virtual network device (venet) and its own file tree on the host. Hosting providers ' +
      'packed hundreds of small Linux servers on one machine this way; OpenVZ is its open-source Linux core. A Windows ' +
      'edition partitioned one Windows Server 2003 the same way. Managed with vzctl and vzlist.',
    typicalCpu: 'netburst-2003',
    scheduler: 'linux-o1',
    console: 'virtuozzo',
    guestView: { detectVirt: 'openvz', hypervisorVendor: null, virtualizationType: 'container' },
    guestProcess: null,
    platform: 'container',
    options: { hostOs: 'linux', network: 'bridge', storage: 'bind' },
  },
  {
    id: 'docker',
    label: 'Docker',
    vendor: 'Docker, Inc.',
    year: 2016,
    description:
      'Application containers on a Linux kernel (namespaces and cgroups): each container runs from a layered image ' +
      'through a union file system (overlay), on a private network behind NAT on the docker0 bridge. Managed with ' +
      'the docker command line.',
    typicalCpu: 'skylake-2015',
    scheduler: 'linux-cfs',
    console: 'docker',
    guestView: { detectVirt: 'docker', hypervisorVendor: null, virtualizationType: 'container' },
    guestProcess: { name: 'containerd-shim', perGuest: true },
    // The daemon the docker command line talks to, as Docker's systemd unit starts it (ExecStart=/usr/bin/dockerd -H fd://).
    hostDaemons: ['/usr/bin/dockerd -H fd://'],
    // Docker needs Linux 3.8 or later (Docker's installation guide, "Kernel Requirements") and its overlay storage
    // 3.18, where overlayfs entered the kernel (moby/moby#10169); the earlier eras' servers ran 2.6 kernels.
    needsLinuxOf: 'skylake-2015',
    platform: 'container',
    options: { hostOs: 'linux', network: 'nat', storage: 'overlay' },
  },
];

const BY_ID: ReadonlyMap<string, Product> = new Map(PRODUCTS.map((p) => [p.id, p]));

/** The product with this id, or undefined. */
export function productById(id: string): Product | undefined {
  return BY_ID.get(id);
}

/**
 * Why `productId` cannot be the product of the `platformKind` platform, or null when it can.
 * For the scenario schema (zod-free, so the schema can call it from a refinement).
 */
export function productRefusal(productId: string, platformKind: PlatformKind): string | null {
  const p = productById(productId);
  if (p === undefined) return `unknown product "${productId}" (products: ${PRODUCT_IDS.join(', ')})`;
  if (p.platform === platformKind) return null;
  const others = PRODUCTS.filter((q) => q.platform === platformKind).map((q) => q.id);
  const hint = others.length > 0 ? `; the ${platformKind} platform's products are ${others.join(', ')}` : '; the native baseline has no product';
  return `${p.label} is a ${p.platform} product, not a ${platformKind} one${hint}`;
}

/**
 * The scenario with the `platformKind` platform configured as `productId` (that platform's
 * options replaced by the product's, the rest unchanged). A refused pair (see
 * productRefusal) returns the scenario unchanged.
 */
export function applyProduct(scenario: Scenario, platformKind: PlatformKind, productId: string): Scenario {
  const p = productById(productId);
  if (p === undefined || productRefusal(productId, platformKind) !== null) return scenario;
  const platforms = scenario.platforms;
  switch (p.platform) {
    case 'hosted':
      return { ...scenario, platforms: { ...platforms, hosted: { ...p.options } } };
    case 'bare-metal': {
      const ept = CPU_GENERATIONS[scenario.host.cpu].ept;
      const paging = p.pagingFollowsCpu === true ? (ept ? 'nested' : 'shadow') : p.options.paging;
      return { ...scenario, platforms: { ...platforms, 'bare-metal': { ...p.options, paging } } };
    }
    case 'container':
      return { ...scenario, platforms: { ...platforms, container: { ...p.options } } };
  }
}

/**
 * The product a platform of this scenario stands for: the one it names (a `product` field
 * in the platform's options, once the schema has one), else the one its options describe.
 * Null for the native baseline.
 */
export function productFor(platform: PlatformKind, scenario: Scenario): Product | null {
  if (platform === 'native') return null;
  const named: unknown = (scenario.platforms[platform] as { readonly product?: unknown }).product;
  const p = typeof named === 'string' && productRefusal(named, platform) === null ? productById(named) : productById(inferProduct(platform, scenario));
  if (p?.id !== 'xen') return p ?? null;
  // Xen is named by the release of the host's era, as its dom0 console prints it.
  const [major, minor] = XEN_RELEASE[scenario.host.cpu];
  return { ...p, label: `Xen ${major}.${minor}` };
}

function inferProduct(platform: ProductPlatform, scenario: Scenario): ProductId {
  switch (platform) {
    case 'hosted': {
      const o = scenario.platforms.hosted;
      // Virtual Server is the Windows-hosted server VMM (R2 SP1 could also use VT-x).
      if (o.hostOs === 'windows') return 'virtual-server-2005';
      return o.technique === 'binary-translation' ? 'gsx-server' : 'virtualbox';
    }
    case 'bare-metal': {
      const o = scenario.platforms['bare-metal'];
      if (o.style === 'xen') return 'xen';
      const devices = o.devices ?? (o.guestMode === 'paravirtual' ? 'paravirtual' : 'emulated');
      return o.guestMode === 'hardware-assist' && devices === 'paravirtual' ? 'kvm' : 'esx-server';
    }
    case 'container': {
      const o = scenario.platforms.container;
      if (o.hostOs === 'solaris') return 'solaris-containers';
      // Layered images behind NAT are Docker's; a plain file tree on a routed or shared network is Virtuozzo's
      // (which also had a Windows edition, 2005).
      return o.storage === 'overlay' || o.network === 'nat' ? 'docker' : 'virtuozzo';
    }
  }
}

/**
 * The era whose OS a platform's host runs: the server's own, unless the platform's product
 * needs a newer Linux than that era's servers ran (Docker on a 2009 server runs the 2016
 * Ubuntu its kernel requirement calls for).
 */
export function hostEra(platform: PlatformKind, scenario: Scenario): CpuGenerationId {
  const own = scenario.host.cpu;
  const needs = productFor(platform, scenario)?.needsLinuxOf;
  return needs !== undefined && CPU_GENERATIONS[needs].year > CPU_GENERATIONS[own].year ? needs : own;
}

/**
 * What a guest of this platform sees: the product's view, except that a Xen guest run with
 * hardware assist (HVM) is fully virtualized rather than paravirtualized.
 */
export function guestViewFor(platform: PlatformKind, scenario: Scenario): GuestView | null {
  const p = productFor(platform, scenario);
  if (p === null) return null;
  if (p.platform === 'bare-metal' && p.id === 'xen' && scenario.platforms['bare-metal'].guestMode !== 'paravirtual')
    return { ...p.guestView, virtualizationType: 'full' };
  return p.guestView;
}
