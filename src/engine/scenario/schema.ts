/**
 * The scenario format, version 3 (older versions are migrated first: migrate-scenario.ts): one zod schema that validates untrusted input (a file,
 * a link, the editor) and gives the TypeScript types. Documented in docs/scenario.md.
 * Limits are part of the format: nothing read from outside can make the engine allocate
 * without bound.
 */
import { z } from 'zod';
import { hasUnsafeCharacters } from '../../untrusted/clean-line.ts';
import { PRODUCT_IDS } from '../consoles/product-ids.ts';
import { CPU_GENERATION_IDS } from '../hardware/cpu-generation-ids.ts';
import { OS_IDS } from '../os/os-families.ts';
import { hostnameSchema } from '../os/hostname.ts';
import { WORKLOAD_KINDS } from '../workloads/workload-kinds.ts';
import { KIND_PARAMETERS, workloadParameterFields } from '../workloads/workload-parameters.ts';
import { FAULT_KINDS, GUEST_FAULTS } from '../faults/fault-kinds.ts';
import { choice, decimal, wholeNumber } from './field-messages.ts';

export const SCENARIO_VERSION = 3;
export const MAX_GUESTS = 1000;

const guestName = hostnameSchema;

/** A workload: its kind and the parameters that kind takes (workloads/workload-parameters.ts); another kind's parameter is refused. */
const workload = z
  .strictObject({ kind: choice(WORKLOAD_KINDS, 'workload', 'kinds'), ...workloadParameterFields })
  .superRefine((w, ctx) => {
    const takes = KIND_PARAMETERS[w.kind];
    for (const key of Object.keys(w)) {
      if (key === 'kind' || (takes as readonly string[]).includes(key)) continue;
      const which = takes.length === 0 ? 'none' : takes.join(', ');
      ctx.addIssue({ code: 'custom', path: [key], message: `${w.kind} does not take "${key}" (its parameters: ${which})` });
    }
    if (w.thinkTimeMs !== undefined && w.arrivalsPerSecond !== undefined)
      ctx.addIssue({ code: 'custom', path: ['arrivalsPerSecond'], message: 'clients either think between requests (thinkTimeMs) or arrive at a rate (arrivalsPerSecond), not both' });
  });

/**
 * A guest's resource controls (docs/scenario.md, "Limits"): a container's cgroup limits, a
 * VM's shares, cap and memory limit as its hypervisor sets them. Absent: no limit.
 */
const limits = z.strictObject({
  /** Container: its memory cgroup's limit. VM: the most host memory it gets (the rest is reclaimed). */
  memoryMiB: wholeNumber(16, 1_048_576).optional(),
  /** CPU weight against other guests under contention; 1024 is the default (cgroup cpu.shares). */
  cpuShares: wholeNumber(2, 262_144).optional(),
  /** At most this share of one core over each period, all vCPUs together (100 = one core). */
  cpuCapPercent: wholeNumber(1, 12_800).optional(),
  /** Disk weight against other guests (CFQ blkio.weight); 500 is the default. */
  blkioWeight: wholeNumber(10, 1000).optional(),
  /** Processes (tasks) the guest may have at once: cgroup pids.max, Virtuozzo numproc, a zone's max-lwps. Containers only (a VM has its own process table). */
  pids: wholeNumber(16, 4_194_304).optional(),
});

export const guestSchema = z.strictObject({
  name: guestName,
  os: choice(OS_IDS, 'OS'),
  vcpus: wholeNumber(1, 64),
  memoryMiB: wholeNumber(64, 1_048_576),
  workload,
  limits: limits.optional(),
});

const host = z.strictObject({
  cpu: choice(CPU_GENERATION_IDS, 'CPU'),
  cores: wholeNumber(1, 128),
  memoryMiB: wholeNumber(256, 4_194_304),
  disk: choice(['hdd', 'ssd'], 'disk'),
  nic: choice(['1g', '10g'], 'NIC'),
  /** The host OS's swap space (hosted host, KVM host, container host), MiB; default none. */
  swapMiB: wholeNumber(0, 4_194_304).optional(),
});

/** The product a platform stands for (its console, what its guests see); see docs/products.md. */
const product = choice(PRODUCT_IDS, 'product').optional();

/** The scheduler's time slice between guests, ms; default the product's (docs/model.md "Scheduling between guests"). */
const timeSliceMs = decimal(0.1, 1000).optional();

/** How a VM platform reclaims memory under overcommit; each defaults from the product (docs/scenario.md). */
const vmMemory = z
  .strictObject({
    /** Content-based sharing of identical pages between VMs (ESX, KVM's KSM). */
    pageSharing: z.boolean().optional(),
    /** A balloon driver in each guest gives unused memory and page cache back. */
    ballooning: z.boolean().optional(),
  })
  .optional();

const hosted = z.strictObject({
  product,
  hostOs: choice(['linux', 'windows'], 'host OS'),
  technique: choice(['binary-translation', 'hardware-assist'], 'technique'),
  devices: choice(['emulated', 'paravirtual'], 'device model'),
  /** Only with hardware assist; default: nested where the CPU has it, else shadow. */
  paging: choice(['shadow', 'nested'], 'paging').optional(),
  /** The VMs' disks: files on the host's file system (default) or raw partitions. */
  disk: choice(['file', 'raw'], 'disk').optional(),
  memory: vmMemory,
  timeSliceMs,
});

const bareMetal = z.strictObject({
  product,
  style: choice(['xen', 'esx'], 'style'),
  guestMode: choice(['paravirtual', 'hardware-assist', 'binary-translation'], 'guest mode'),
  paging: choice(['shadow', 'nested'], 'paging'),
  /** Default: paravirtual for paravirtual guests, emulated otherwise. */
  devices: choice(['emulated', 'paravirtual'], 'device model').optional(),
  memory: vmMemory,
  timeSliceMs,
  /** Xen only: dom0's vCPUs (Xen's dom0_max_vcpus); default one per core. */
  dom0Vcpus: wholeNumber(1, 64).optional(),
  /** Xen only: where the device back-ends and drivers run — dom0 (split drivers, Xen 2.0 on; the default) or Xen itself (Xen 1.0). */
  ioBackends: choice(['dom0', 'hypervisor'], 'back-end place').optional(),
});

const container = z.strictObject({
  product,
  hostOs: choice(OS_IDS, 'OS'),
  network: choice(['host', 'bridge', 'nat'], 'network'),
  storage: choice(['bind', 'overlay'], 'storage'),
  timeSliceMs,
});

/** Faults a scenario may schedule, and the latest virtual second one may fire at (a day, like the CLI's longest run). */
export const MAX_FAULTS = 32;
export const MAX_FAULT_AT_S = 86_400;

/** A fault fired at a virtual time (docs/scenario.md "Faults"). */
const fault = z.strictObject({
  atS: decimal(0, MAX_FAULT_AT_S),
  kind: choice(FAULT_KINDS, 'fault'),
  /** The guest it starts in; for host-level kinds, optional. */
  target: guestName.optional(),
});

/** The longest scenario name (the toolbar and the editor show it whole). */
export const MAX_SCENARIO_NAME_CHARS = 80;

/**
 * Text the page shows as it is: no control characters or text-direction marks, which could
 * make a name read as something else (a right-to-left override turns "abc\u202egnp.exe" into
 * "abcexe.png"); a description keeps its line breaks.
 */
function shownText(max: number, multiline = false) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((t) => !hasUnsafeCharacters(t, multiline), 'must not hold control characters or text-direction marks');
}

export const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION),
    name: shownText(MAX_SCENARIO_NAME_CHARS).min(1, 'must not be empty'),
    description: shownText(2000, true).optional(),
    seed: wholeNumber(0, 0xffffffff),
    host,
    platforms: z.strictObject({
      hosted,
      'bare-metal': bareMetal,
      container,
    }),
    guests: z.array(guestSchema).min(1, 'a scenario needs at least one guest').max(MAX_GUESTS, `at most ${MAX_GUESTS} guests`),
    faults: z.array(fault).max(MAX_FAULTS, `at most ${MAX_FAULTS} faults`).optional(),
  })
  .superRefine((s, ctx) => {
    // Each guest of a shared name is marked, naming the other: the one just renamed in the editor, and the one it now clashes with.
    const firstAt = new Map<string, number>();
    s.guests.forEach((g, i) => {
      const key = g.name.toLowerCase();
      const other = firstAt.get(key);
      if (other === undefined) return void firstAt.set(key, i);
      ctx.addIssue({ code: 'custom', path: ['guests', i, 'name'], message: `"${g.name}" is also the name of guests[${other}]` });
      ctx.addIssue({ code: 'custom', path: ['guests', other, 'name'], message: `"${s.guests[other]?.name ?? ''}" is also the name of guests[${i}]` });
    });
    const seen = new Set(firstAt.keys());
    s.guests.forEach((g, i) => {
      const peer = g.workload.peer?.toLowerCase();
      if (peer === g.name.toLowerCase()) ctx.addIssue({ code: 'custom', path: ['guests', i, 'workload', 'peer'], message: 'a peer is another guest, not the guest itself' });
      else if (peer !== undefined && !seen.has(peer))
        ctx.addIssue({ code: 'custom', path: ['guests', i, 'workload', 'peer'], message: `no guest named "${g.workload.peer ?? ''}" in the scenario` });
    });
    s.faults?.forEach((f, i) => {
      if (f.target !== undefined && !seen.has(f.target.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'target'], message: `no guest named "${f.target}" in the scenario` });
      if (f.target === undefined && GUEST_FAULTS.has(f.kind))
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'target'], message: `a ${f.kind} starts inside a guest: name it in "target"` });
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type GuestSpec = Scenario['guests'][number];
export type FaultSpec = NonNullable<Scenario['faults']>[number];
export type HostSpec = Scenario['host'];
export type HostedOptions = Scenario['platforms']['hosted'];
export type BareMetalOptions = Scenario['platforms']['bare-metal'];
export type ContainerOptions = Scenario['platforms']['container'];
export type PlatformKind = 'native' | 'hosted' | 'bare-metal' | 'container';
export const PLATFORM_KINDS: readonly PlatformKind[] = ['native', 'hosted', 'bare-metal', 'container'];
