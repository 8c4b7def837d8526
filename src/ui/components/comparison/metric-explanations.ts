/**
 * The mechanism behind each comparison figure, in two to four sentences, as the ⓘ popovers
 * show it. These explain the model (DESIGN.md §1); they never state a result.
 */
export interface MetricExplanation {
  readonly title: string;
  readonly text: readonly string[];
}

export const EXPLANATIONS = {
  throughput: {
    title: 'Throughput relative to native',
    text: [
      'Every platform runs the same operation stream, so any gap to native comes from the layers in the way.',
      'Compute-bound work runs directly on the CPU under every architecture and stays close to 100 %.',
      'System calls, page-table updates and I/O are where a monitor has to step in: binary-translation traps, VM exits, hypercalls or world switches, each with a calibrated cost.',
    ],
  },
  cpu: {
    title: 'CPU time by layer',
    text: [
      'The share of the host\'s cores each layer used over the last virtual second.',
      'Hosted I/O leaves the guest through the VMM and a world switch into the host kernel, so "VMM" and "Host OS kernel" grow with I/O.',
      'Containers pay no guest-kernel ticks: there is one shared kernel, so idle containers cost almost nothing, while every idle VM still takes its own timer interrupts.',
    ],
  },
  exits: {
    title: 'Exits, traps and hypercalls per second',
    text: [
      'Each time control leaves a guest for the layer below, the architecture pays: a hardware VM exit (VT-x/AMD-V), a trap into a binary translator, an explicit paravirtual hypercall, or a hosted monitor\'s world switch to the host OS.',
      'Native and containers have none: a container\'s system call is an ordinary system call into the one shared kernel.',
      'Nested paging (EPT/NPT) removes most page-table exits but makes each TLB miss walk two sets of page tables.',
    ],
  },
  memory: {
    title: 'Memory by layer',
    text: [
      'Everything under and inside the guests is accounted: host OS, hypervisor, driver domain, each guest\'s own kernel and page cache, the monitor\'s per-VM overhead and shadow page tables.',
      'A VM reserves its whole configured memory ("unused" is what the guest does not fill); containers share one kernel and one page cache.',
    ],
  },
  density: {
    title: 'How many such guests fit',
    text: [
      'How many guests like this one the host\'s memory holds beside the layers under them, counting those already there, each with all the memory it was given. It follows from the memory accounting, not from a table.',
      'Page sharing, ballooning and swapping can let more run than fit (the platform\'s memory card shows what they took back); natively it is how many such workloads one server holds beside its one kernel.',
      'CPU contention is not counted here, and a refused guest fits nowhere (0).',
    ],
  },
  'density-curve': {
    title: 'Density curve',
    text: [
      'Each platform\'s engine runs 1, 2, 3 … identical guests of the chosen kind on this host and measures each guest\'s throughput once all have booted, relative to one such guest alone.',
      'The curve bends where a resource runs out: cores, the disk or the NIC shared fairly, or memory, where page sharing, ballooning, swapping and the OOM killer each show their cost.',
      'The knee is the most guests that keep at least 80 % of one guest\'s throughput.',
      'Native is the baseline of a dedicated server per guest: its guests never slow each other, so its line stays flat and its knee counts servers, one per guest, not guests on this host.',
    ],
  },
  boot: {
    title: 'Boot time',
    text: [
      'A virtual machine boots firmware, a boot loader, its kernel and its services, and all of that work runs through the same virtualized paths, so emulated devices and shadow paging slow it down too.',
      'A container only sets up namespaces and starts an init process in the already running kernel.',
    ],
  },
  licences: {
    title: 'Licences needed',
    text: [
      'Every operating-system instance has to be installed, patched and (for commercial systems) licensed.',
      'Each VM brings its own guest OS on top of the host OS or hypervisor; containers share the host\'s one kernel, so one OS serves them all.',
    ],
  },
  series: {
    title: 'Over time',
    text: [
      'The figures each platform reported at every step, so a boot, a burst of I/O or a change of scenario shows up as it happens.',
      'Pick one layer\'s CPU share to watch an architecture\'s own layers (VMM, hypervisor, driver domain) work as the guests do I/O.',
    ],
  },
  'time-went': {
    title: 'Where the time went',
    text: [
      "One guest's time per transaction on each platform, split into the mechanisms its cost paths charged and the time it waited (for a core, the disk, the NIC, the peer).",
      'The parts add up to the whole, so a longer bar shows which mechanism the architecture put in the way: world switches, device register accesses, the driver domain, a bridge.',
      'Each guest card\'s Why? shows the same parts as the difference from native, with what each mechanism is.',
    ],
  },
} as const satisfies Record<string, MetricExplanation>;

export type MetricId = keyof typeof EXPLANATIONS;
