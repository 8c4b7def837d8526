/**
 * Why control left the guest. The prefix names the mechanism, so the counts read as the
 * architecture's story: `exit:` a hardware-assist VM exit (VT-x / AMD-V), `trap:` a trap
 * into the layer under a deprivileged guest kernel (a binary-translating monitor; Xen, for a
 * paravirtual guest's faults and port accesses), `hypercall:` an explicit paravirtual call,
 * `world-switch` a hosted monitor switching to the host OS context and back.
 */
export const EXIT_REASONS = [
  'exit:pt-write',
  'exit:hidden-page-fault',
  'exit:cr3-write',
  'exit:invlpg',
  'exit:io-port',
  'exit:external-interrupt',
  'exit:interrupt-window',
  'exit:apic-eoi',
  'exit:apic-timer',
  'exit:hlt',
  'trap:pt-write',
  'trap:hidden-page-fault',
  'trap:cr3-write',
  'trap:syscall',
  'trap:io-port',
  'trap:interrupt',
  'trap:fault-bounce',
  'trap:exception',
  'trap:hlt',
  'hypercall:mmu-update',
  'hypercall:mmuext-op',
  'hypercall:stack-switch',
  'hypercall:event-channel',
  'hypercall:grant-op',
  'hypercall:set-timer',
  'hypercall:sched-block',
  'event-upcall',
  'world-switch',
] as const;

export type ExitReason = (typeof EXIT_REASONS)[number];
export const EXIT_REASON_COUNT = EXIT_REASONS.length;

const indexByReason = new Map<ExitReason, number>(EXIT_REASONS.map((r, i) => [r, i]));

/** Index of a reason in per-reason typed arrays. */
export function exitIndex(reason: ExitReason): number {
  return indexByReason.get(reason) as number;
}
