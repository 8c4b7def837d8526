/**
 * People's names for the engine's exit reasons (metrics/exit-reasons.ts): what happened, and
 * by which mechanism — "APIC end-of-interrupt (VM exit)" for `exit:apic-eoi` — and which
 * layer handles each mechanism, for the legend under the exits chart.
 */

/** What each reason's operation is, by the part after its mechanism prefix. */
const OPERATION: Readonly<Record<string, string>> = {
  'pt-write': 'Page-table write',
  'hidden-page-fault': 'Hidden page fault',
  'cr3-write': 'Address-space switch (CR3 write)',
  invlpg: 'TLB entry flush (INVLPG)',
  'io-port': 'I/O port access',
  'external-interrupt': 'External interrupt',
  'interrupt-window': 'Interrupt window',
  'apic-eoi': 'APIC end-of-interrupt',
  'apic-timer': 'APIC timer programming',
  hlt: 'Idle (HLT)',
  syscall: 'System call',
  interrupt: 'Interrupt',
  'fault-bounce': 'Fault bounced to the guest',
  exception: 'Exception delivered to the guest',
  'mmu-update': 'Page-table update',
  'mmuext-op': 'TLB / page-table pin operation',
  'stack-switch': 'Kernel stack switch',
  'event-channel': 'Event-channel notify',
  'grant-op': 'Grant-table copy or map',
  'set-timer': 'Timer programming',
  'sched-block': 'Idle (block until an event)',
};

export interface ExitMechanism {
  /** The reason-id prefix, or the whole id for the two reasons without one. */
  readonly id: string;
  readonly name: string;
  /** Which layer takes control for it, and why. */
  readonly handledBy: string;
}

/** The mechanisms, in the order the legend lists them. */
export const EXIT_MECHANISMS: readonly ExitMechanism[] = [
  { id: 'exit', name: 'VM exit', handledBy: 'the hypervisor, or the hosted VMM — hardware assist (VT-x / AMD-V) leaves the guest' },
  {
    id: 'trap',
    name: 'trap',
    handledBy:
      'the VMM or hypervisor under a deprivileged guest kernel — a binary-translating VMM traps its privileged instructions; Xen takes a paravirtual guest’s faults and port accesses and bounces them back to it',
  },
  { id: 'hypercall', name: 'hypercall', handledBy: 'the Xen hypervisor — the paravirtual guest kernel calls it' },
  { id: 'event-upcall', name: 'event upcall', handledBy: 'the paravirtual guest kernel — the hypervisor delivers an event to it' },
  { id: 'world-switch', name: 'world switch', handledBy: 'the host OS kernel — the hosted VMM switches to the host and back' },
];

const MECHANISM_NAME = new Map(EXIT_MECHANISMS.map((m) => [m.id, m.name]));

/** "exit:apic-eoi" → "APIC end-of-interrupt (VM exit)"; a reason with no entry reads as given. */
export function exitReasonName(reason: string): string {
  const colon = reason.indexOf(':');
  if (colon < 0) {
    const whole = MECHANISM_NAME.get(reason);
    return whole === undefined ? reason : whole.charAt(0).toUpperCase() + whole.slice(1);
  }
  const mechanism = MECHANISM_NAME.get(reason.slice(0, colon));
  const operation = OPERATION[reason.slice(colon + 1)];
  return mechanism !== undefined && operation !== undefined ? `${operation} (${mechanism})` : reason;
}
