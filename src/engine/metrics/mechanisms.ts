/**
 * The mechanisms that CPU time is charged for, beside the layers it is charged to, and the
 * kinds of waiting a transaction does. A cost path attributes every nanosecond to one
 * mechanism (platforms/cost-path.ts), so a guest's time per transaction splits into these
 * parts exactly, and the difference between two platforms splits the same way
 * (metrics/explain-guest.ts).
 */

export const MECHANISMS = [
  'user-work',
  'kernel-work',
  'syscalls',
  'page-faults',
  'pt-updates',
  'tlb-walks',
  'context-switches',
  'timer-ticks',
  'interrupts',
  'vcpu-wakeups',
  'device-registers',
  'disk-requests',
  'network-packets',
  'world-switches',
  'lower-io',
  'hypercalls',
  'driver-domain',
  'grant-ops',
  'bridge-nat',
  'overlay',
  'memcg',
] as const;

export type Mechanism = (typeof MECHANISMS)[number];
export const MECHANISM_COUNT = MECHANISMS.length;

const indexByMechanism = new Map<Mechanism, number>(MECHANISMS.map((m, i) => [m, i]));

/** Index of a mechanism in per-mechanism typed arrays. */
export function mechanismIndex(m: Mechanism): number {
  return indexByMechanism.get(m) as number;
}

/** What a transaction waits for when it is not on a core. */
export const WAITS = ['queue', 'core', 'driver-domain', 'disk', 'swap', 'nic', 'peer', 'paused'] as const;
export type Wait = (typeof WAITS)[number];
export const WAIT_COUNT = WAITS.length;

/** What the page and the CLI say about a part: its words in a sentence, its ⓘ, the lab that teaches it. */
export interface PartInfo {
  /** As it reads before its share ("device register accesses 89 %") or what it takes off ("waiting for the NIC by 3.93 ms"), and as a table's row. */
  readonly label: string;
  readonly explanation: string;
  /** A shipped lab's id (public/labs), or null. */
  readonly lab: string | null;
}

export const MECHANISM_INFO: Readonly<Record<Mechanism, PartInfo>> = {
  'user-work': {
    label: 'user work',
    explanation: "The application's own instructions and memory traffic. They run directly on the CPU on every platform, so they cost the same everywhere.",
    lab: 'three-architectures',
  },
  'kernel-work': {
    label: 'kernel work',
    explanation: "The guest kernel's own code. Under binary translation it runs translated, and its jumps and returns cost more than natively.",
    lab: 'bt-vs-hardware-assist',
  },
  syscalls: {
    label: 'system calls',
    explanation: 'Entering the kernel. Natively a fast trap; under binary translation a trap into the monitor too; with hardware assist and on Xen they stay in the guest.',
    lab: 'bt-vs-hardware-assist',
  },
  'page-faults': {
    label: 'page faults',
    explanation: 'A missing page. Under shadow paging or binary translation the monitor takes the fault first (a hidden fault); Xen bounces it to the guest.',
    lab: 'bt-vs-hardware-assist',
  },
  'pt-updates': {
    label: 'page-table updates',
    explanation: 'Writes to page tables. Shadow paging traps each one to keep its shadow copy right; Xen validates them in batched mmu_update hypercalls; nested paging lets them run.',
    lab: 'bt-vs-hardware-assist',
  },
  'tlb-walks': {
    label: 'TLB-miss walks',
    explanation: 'A TLB miss walks the page tables. With nested paging the walk is two-dimensional: each guest reference is itself translated, so a miss costs more.',
    lab: 'bt-vs-hardware-assist',
  },
  'context-switches': {
    label: 'context switches',
    explanation: 'Switching processes writes CR3 and refills the TLB. Shadow paging and binary translation trap the CR3 write; Xen takes it as a hypercall.',
    lab: 'bt-vs-hardware-assist',
  },
  'timer-ticks': {
    label: 'timer ticks',
    explanation: "Every guest kernel takes its timer ticks; in a VM each tick is delivered by the layer under it (an injected interrupt, a trap or an event).",
    lab: 'three-architectures',
  },
  interrupts: {
    label: 'interrupts',
    explanation: 'A device interrupt first reaches the layer that owns the device, which injects a virtual interrupt into the guest (and, before APICv, takes another exit for its EOI).',
    lab: 'io-cost',
  },
  'vcpu-wakeups': {
    label: 'waking the halted vCPU',
    explanation: 'A VM that waits for a reply halts its vCPU; the layer under it wakes and reschedules it when the reply arrives (an HLT exit, a trap or a sched-block hypercall).',
    lab: 'io-cost',
  },
  'device-registers': {
    label: 'device register accesses',
    explanation: "A guest driver touching an emulated device's registers exits (or traps) to the monitor, which emulates the device; a paravirtual device needs one notification per batch.",
    lab: 'io-cost',
  },
  'disk-requests': {
    label: "the guest kernel's block layer",
    explanation: "The guest's own file system, block layer and driver per disk request: the same work natively, so it adds nothing unless something changes it.",
    lab: 'io-cost',
  },
  'network-packets': {
    label: "the guest kernel's network stack",
    explanation: "The guest's own network stack and driver per packet and byte: the same work natively.",
    lab: 'io-cost',
  },
  'world-switches': {
    label: 'world switches to the host',
    explanation: 'A hosted monitor cannot drive devices itself: it switches the whole CPU state to the host OS context and back for each request.',
    lab: 'io-cost',
  },
  'lower-io': {
    label: 'the I/O stack under the guest',
    explanation: "The request goes through a second I/O stack under the guest's own: the host kernel's system calls, file and block layers or network path (hosted), or the vmkernel's (ESX).",
    lab: 'io-cost',
  },
  hypercalls: {
    label: 'hypercalls and event channels',
    explanation: "Xen's split drivers notify over event channels: a hypercall, and switches to the driver domain and back.",
    lab: 'io-cost',
  },
  'driver-domain': {
    label: 'driver-domain work',
    explanation: "On Xen the real drivers live in dom0: its back-end, its native driver (and qemu-dm for emulated devices) do the request's work there.",
    lab: 'io-cost',
  },
  'grant-ops': {
    label: 'grant operations',
    explanation: 'Xen moves data between domains by granting pages: the back-end maps or copies each page through grant hypercalls.',
    lab: 'io-cost',
  },
  'bridge-nat': {
    label: 'bridge and NAT',
    explanation: "A packet crosses a software bridge (a container's veth pair, Xen's dom0 bridge, ESX's virtual switch), and with NAT the connection tracking too.",
    lab: 'io-cost',
  },
  overlay: {
    label: 'overlay lookups',
    explanation: "A container's union file system looks each request up through its image layers; bind storage skips it.",
    lab: 'io-cost',
  },
  memcg: {
    label: 'memory-cgroup charges',
    explanation: "A container's memory cgroup charges each page it faults in to the container's account: the one overhead a container pays on every fault.",
    lab: 'three-architectures',
  },
};

export const WAIT_INFO: Readonly<Record<Wait, PartInfo>> = {
  queue: {
    label: "waiting behind its own guest's work",
    explanation: "More of the guest's requests were ready than it has vCPUs: each waited for the others of its guest to use the CPU first. It grows with the CPU each request needs, so against a baseline it is shared out over the mechanisms that added CPU.",
    lab: 'three-architectures',
  },
  core: {
    label: 'waiting for a core',
    explanation: "The guest's vCPU was ready but every core was busy with other guests or the layers under them (steal time), or its CPU cap was spent.",
    lab: 'density',
  },
  'driver-domain': {
    label: 'waiting for dom0',
    explanation:
      "On Xen the request's back-end work runs in dom0, a domain with vCPUs of its own: the request waited for dom0 to get a core and to finish the other guests' requests before its own (dom0's work on it is counted by mechanism).",
    lab: 'io-cost',
  },
  disk: {
    label: 'waiting for the disk',
    explanation: 'The request waited for the shared disk: its own service time, and the neighbours\u2019 requests it queued behind.',
    lab: 'io-cost',
  },
  swap: {
    label: 'waiting for swapped-out memory',
    explanation:
      "To make room, the host (or the hypervisor) had written part of the guest's memory to disk, choosing pages without knowing which the guest uses: each touch of such a page read it back from the shared disk, and the request waited for those reads and what queued before them.",
    lab: 'memory-pressure',
  },
  nic: {
    label: 'waiting for the NIC',
    explanation: "The packets waited for the shared network interface: their own time on the wire and the neighbours' traffic.",
    lab: 'io-cost',
  },
  peer: {
    label: 'waiting for the peer',
    explanation: 'Request/response round trips wait for the other end: a remote machine, or a guest on the same host and the cores its reply needs.',
    lab: 'io-cost',
  },
  paused: {
    label: 'paused',
    explanation: 'The guest was paused (the stop-and-copy of a live migration, or a container frozen for its checkpoint).',
    lab: null,
  },
};

/** Every part a time per transaction splits into, in order: `cpu:<mechanism>`, then `wait:<what>`. */
export const TIME_PARTS = [...MECHANISMS.map((m) => `cpu:${m}` as const), ...WAITS.map((w) => `wait:${w}` as const)];
export type TimePart = (typeof TIME_PARTS)[number];

/** What the page and the CLI say about a part. */
export function partInfo(part: TimePart): PartInfo {
  const [kind, name] = part.split(':') as ['cpu' | 'wait', string];
  return kind === 'cpu' ? MECHANISM_INFO[name as Mechanism] : WAIT_INFO[name as Wait];
}

/** A time per transaction's µs of one part. */
export function partUs(t: { readonly cpuUs: Partial<Record<Mechanism, number>>; readonly waitUs: Partial<Record<Wait, number>> }, part: TimePart): number {
  const [kind, name] = part.split(':') as ['cpu' | 'wait', string];
  return (kind === 'cpu' ? t.cpuUs[name as Mechanism] : t.waitUs[name as Wait]) ?? 0;
}
