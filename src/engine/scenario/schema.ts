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

export const SCENARIO_VERSION = 3;
export const MAX_GUESTS = 1000;

const guestName = hostnameSchema;

/** A workload: its kind and the parameters that kind takes (workloads/workload-parameters.ts); another kind's parameter is refused. */
const workload = z
  .strictObject({ kind: z.enum(WORKLOAD_KINDS), ...workloadParameterFields })
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
  memoryMiB: z.int().min(16).max(1_048_576).optional(),
  /** CPU weight against other guests under contention; 1024 is the default (cgroup cpu.shares). */
  cpuShares: z.int().min(2).max(262_144).optional(),
  /** At most this share of one core over each period, all vCPUs together (100 = one core). */
  cpuCapPercent: z.int().min(1).max(12_800).optional(),
  /** Disk weight against other guests (CFQ blkio.weight); 500 is the default. */
  blkioWeight: z.int().min(10).max(1000).optional(),
  /** Processes (tasks) the guest may have at once: cgroup pids.max, Virtuozzo numproc, a zone's max-lwps. Containers only (a VM has its own process table). */
  pids: z.int().min(16).max(4_194_304).optional(),
});

export const guestSchema = z.strictObject({
  name: guestName,
  os: z.enum(OS_IDS),
  vcpus: z.int().min(1).max(64),
  memoryMiB: z.int().min(64).max(1_048_576),
  workload,
  limits: limits.optional(),
});

const host = z.strictObject({
  cpu: z.enum(CPU_GENERATION_IDS),
  cores: z.int().min(1).max(128),
  memoryMiB: z.int().min(256).max(4_194_304),
  disk: z.enum(['hdd', 'ssd']),
  nic: z.enum(['1g', '10g']),
  /** The host OS's swap space (hosted host, KVM host, container host), MiB; default none. */
  swapMiB: z.int().min(0).max(4_194_304).optional(),
});

/** The product a platform stands for (its console, what its guests see); see docs/products.md. */
const product = z.enum(PRODUCT_IDS).optional();

/** The scheduler's time slice between guests, ms; default the product's (docs/model.md "Scheduling between guests"). */
const timeSliceMs = z.number().min(0.1).max(1000).optional();

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
  hostOs: z.enum(['linux', 'windows']),
  technique: z.enum(['binary-translation', 'hardware-assist']),
  devices: z.enum(['emulated', 'paravirtual']),
  /** Only with hardware assist; default: nested where the CPU has it, else shadow. */
  paging: z.enum(['shadow', 'nested']).optional(),
  /** The VMs' disks: files on the host's file system (default) or raw partitions. */
  disk: z.enum(['file', 'raw']).optional(),
  memory: vmMemory,
  timeSliceMs,
});

const bareMetal = z.strictObject({
  product,
  style: z.enum(['xen', 'esx']),
  guestMode: z.enum(['paravirtual', 'hardware-assist', 'binary-translation']),
  paging: z.enum(['shadow', 'nested']),
  /** Default: paravirtual for paravirtual guests, emulated otherwise. */
  devices: z.enum(['emulated', 'paravirtual']).optional(),
  memory: vmMemory,
  timeSliceMs,
  /** Xen only: dom0's vCPUs (Xen's dom0_max_vcpus); default one per core. */
  dom0Vcpus: z.number().int().min(1).max(64).optional(),
  /** Xen only: where the device back-ends and drivers run — dom0 (split drivers, Xen 2.0 on; the default) or Xen itself (Xen 1.0). */
  ioBackends: z.enum(['dom0', 'hypervisor']).optional(),
});

const container = z.strictObject({
  product,
  hostOs: z.enum(OS_IDS),
  network: z.enum(['host', 'bridge', 'nat']),
  storage: z.enum(['bind', 'overlay']),
  timeSliceMs,
});

/** Faults a scenario may schedule, and the latest virtual second one may fire at (a day, like the CLI's longest run). */
export const MAX_FAULTS = 32;
export const MAX_FAULT_AT_S = 86_400;

/** A fault fired at a virtual time (docs/scenario.md "Faults"). */
const fault = z.strictObject({
  atS: z.number().min(0).max(MAX_FAULT_AT_S),
  kind: z.enum(FAULT_KINDS),
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
    seed: z.int().min(0).max(0xffffffff),
    host,
    platforms: z.strictObject({
      hosted,
      'bare-metal': bareMetal,
      container,
    }),
    guests: z.array(guestSchema).min(1).max(MAX_GUESTS),
    faults: z.array(fault).max(MAX_FAULTS).optional(),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.guests.forEach((g, i) => {
      const key = g.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['guests', i, 'name'], message: `"${g.name}" is used by another guest` });
      seen.add(key);
    });
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
