/**
 * The scenario format, version 1: one zod schema that validates untrusted input (a file,
 * a link, the editor) and gives the TypeScript types. Documented in docs/scenario.md.
 * Limits are part of the format: nothing read from outside can make the engine allocate
 * without bound.
 */
import { z } from 'zod';
import { PRODUCT_IDS, productRefusal } from '../consoles/products.ts';
import { CPU_GENERATION_IDS } from '../hardware/cpu-generation-ids.ts';
import { OS_IDS } from '../os/os-families.ts';
import { WORKLOAD_KINDS } from '../workloads/workload-kinds.ts';

export const SCENARIO_VERSION = 1;
export const MAX_GUESTS = 64;

/** A guest's name doubles as its hostname, so it is restricted to hostname characters. */
const guestName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/, 'a hostname: 1–31 letters, digits or "-", starting with a letter or digit');

const workload = z.strictObject({
  kind: z.enum(WORKLOAD_KINDS),
  /** Concurrent clients or threads; the workload's own default when absent. */
  concurrency: z.int().min(1).max(256).optional(),
});

export const guestSchema = z.strictObject({
  name: guestName,
  os: z.enum(OS_IDS),
  vcpus: z.int().min(1).max(64),
  memoryMiB: z.int().min(64).max(1_048_576),
  workload,
});

const host = z.strictObject({
  cpu: z.enum(CPU_GENERATION_IDS),
  cores: z.int().min(1).max(128),
  memoryMiB: z.int().min(256).max(4_194_304),
  disk: z.enum(['hdd', 'ssd']),
  nic: z.enum(['1g', '10g']),
});

/** The product a platform stands for (its console, what its guests see); see docs/products.md. */
const product = z.enum(PRODUCT_IDS).optional();

const hosted = z.strictObject({
  product,
  hostOs: z.enum(['linux', 'windows']),
  technique: z.enum(['binary-translation', 'hardware-assist']),
  devices: z.enum(['emulated', 'paravirtual']),
  /** Only with hardware assist; default: nested where the CPU has it, else shadow. */
  paging: z.enum(['shadow', 'nested']).optional(),
});

const bareMetal = z.strictObject({
  product,
  style: z.enum(['xen', 'esx']),
  guestMode: z.enum(['paravirtual', 'hardware-assist', 'binary-translation']),
  paging: z.enum(['shadow', 'nested']),
  /** Default: paravirtual for paravirtual guests, emulated otherwise. */
  devices: z.enum(['emulated', 'paravirtual']).optional(),
});

const container = z.strictObject({
  product,
  hostOs: z.enum(OS_IDS),
  network: z.enum(['host', 'bridge', 'nat']),
  storage: z.enum(['bind', 'overlay']),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION),
    name: z.string().min(1).max(80),
    description: z.string().max(2000).optional(),
    seed: z.int().min(0).max(0xffffffff),
    host,
    platforms: z.strictObject({
      hosted,
      'bare-metal': bareMetal,
      container,
    }),
    guests: z.array(guestSchema).min(1).max(MAX_GUESTS),
  })
  .superRefine((s, ctx) => {
    for (const kind of ['hosted', 'bare-metal', 'container'] as const) {
      const named = s.platforms[kind].product;
      const refusal = named === undefined ? null : productRefusal(named, kind);
      if (refusal) ctx.addIssue({ code: 'custom', path: ['platforms', kind, 'product'], message: refusal });
    }
    const seen = new Set<string>();
    s.guests.forEach((g, i) => {
      const key = g.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['guests', i, 'name'], message: `"${g.name}" is used by another guest` });
      seen.add(key);
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type GuestSpec = Scenario['guests'][number];
export type HostSpec = Scenario['host'];
export type HostedOptions = Scenario['platforms']['hosted'];
export type BareMetalOptions = Scenario['platforms']['bare-metal'];
export type ContainerOptions = Scenario['platforms']['container'];
export type PlatformKind = 'native' | 'hosted' | 'bare-metal' | 'container';
export const PLATFORM_KINDS: readonly PlatformKind[] = ['native', 'hosted', 'bare-metal', 'container'];
