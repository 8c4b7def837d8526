/**
 * The published measurements VirtScope is validated against, each with where it was read.
 * These are what the model must PRODUCE; nothing in src/engine reads this file, and no
 * constant may be chosen to make one of these come out (docs/validation.md).
 *
 * Provenance, per figure:
 * - verified: read in a copy of the paper itself (`where` says which copy and where in it);
 * - secondary: read in another work that quotes the paper (`where` names it);
 * - unverified: from memory or from notes that do not name their source, not found in any
 *   copy the project could search. Shown as such beside every cell that uses it.
 */

export type ProvenanceStatus = 'verified' | 'secondary' | 'unverified';

export interface Provenance {
  readonly status: ProvenanceStatus;
  readonly where: string;
}

/** How a figure relates to the same row's native figure, when the paper states it that way. */
export type Relation = 'absolute' | 'over-native' | 'times-native';

export interface PublishedFigure {
  readonly value: number;
  readonly provenance: Provenance;
  /** Read from a phrase ("about four times", "approximately 2000 more cycles"), not a printed number. */
  readonly approximate?: boolean;
  /** Default absolute; `over-native` is cycles above native, `times-native` a multiple of native. */
  readonly relation?: Relation;
}

// ——— Sources ———

const BARHAM_TEXT =
  'Barham et al., "Xen and the Art of Virtualization", SOSP 2003 (doi:10.1145/945445.945462), §4 text, ' +
  "read in an OCR copy of the paper's sections held by the search tool's code index (file id 69430527271)";
const SHARED_NOTES_UNNAMED =
  '../shared/validation/barham2003.md lists it as "secondary" without naming the citing work; ' +
  "the figure's bar labels are not in the text copy of the paper that could be searched";
const SHARED_NOTES_MEMORY = '../shared/validation/barham2003.md lists it "from memory: verify"; not found in any copy that could be searched';
const LMBENCH_MEMORY =
  "recalled from Barham et al. 2003's lmbench Tables 3-5; the OCR copy of §4 (code index file id 69430527271) omits the tables, and no other copy could be searched";
const TTCP_NOTES =
  "../shared/validation/barham2003.md lists Table 6 as \"secondary: verify\" without naming the citing work; it agrees with what was recalled of the paper's Table 6; the OCR copy of §4 omits the table";
const ADAMS_AGESEN =
  'Adams & Agesen, "A Comparison of Software and Hardware Techniques for x86 Virtualization", ASPLOS 2006, §6.3 text, ' +
  'quoted verbatim in the comments of a public C nanobenchmark source (b_syscall … b_ptemod; code index file id 9336477584)';

const verified = (value: number, quote: string): PublishedFigure => ({ value, provenance: { status: 'verified', where: `${BARHAM_TEXT}: "${quote}"` } });
const fromNotes = (value: number): PublishedFigure => ({ value, provenance: { status: 'unverified', where: SHARED_NOTES_UNNAMED } });
const fromNotesMemory = (value: number): PublishedFigure => ({ value, provenance: { status: 'unverified', where: SHARED_NOTES_MEMORY } });
const lmbench = (value: number): PublishedFigure => ({ value, provenance: { status: 'unverified', where: LMBENCH_MEMORY } });
const ttcp = (value: number): PublishedFigure => ({ value, provenance: { status: 'unverified', where: TTCP_NOTES } });
const nano = (value: number, more: Omit<PublishedFigure, 'value' | 'provenance'> = {}): PublishedFigure => ({
  value,
  provenance: { status: 'secondary', where: ADAMS_AGESEN },
  ...more,
});

/** Barham et al. 2003's columns: native Linux (L-UP in the lmbench tables), XenoLinux, VMware Workstation 3.2. */
export type BarhamColumn = 'native' | 'xen' | 'vmware';
/** Adams & Agesen 2006's columns: native, the software (BT) VMM, the hardware (VT-x) VMM. */
export type AdamsAgesenColumn = 'native' | 'software' | 'hardware';

export type Row<C extends string> = Readonly<Partial<Record<C, PublishedFigure>>>;

/** Figure 3: raw scores as the bars are labelled; higher is better except the build's seconds. */
export const BARHAM_FIGURE_3: Readonly<Record<string, Row<BarhamColumn>>> = {
  'spec-int': { native: fromNotes(567), xen: fromNotes(567), vmware: fromNotes(554) },
  'linux-build': { native: fromNotes(263), xen: fromNotes(271), vmware: fromNotes(334) },
  'osdb-oltp': { native: fromNotesMemory(1714), xen: fromNotesMemory(1633), vmware: fromNotesMemory(199) },
  dbench: { native: fromNotesMemory(418), xen: fromNotesMemory(400), vmware: fromNotesMemory(310) },
  specweb99: { native: fromNotes(518), xen: fromNotes(514), vmware: fromNotesMemory(150) },
};

/** What the paper's text says about each Figure 3 benchmark, read in the paper (verified statements, not bar labels). */
export const BARHAM_FIGURE_3_TEXT: Readonly<Record<string, string>> = {
  'spec-int': 'With almost all CPU time spent executing in user-space code, all three VMMs exhibit low overhead.',
  'linux-build': 'Native Linux spends about 7% of the CPU time in the OS … whereas Xen incurs a mere 3% overhead, the other VMMs experience a more significant slowdown.',
  'osdb-oltp': 'PostgreSQL places considerable load on the operating system … substantial virtualization overheads experienced by VMware and UML. In particular, the OLTP benchmark requires many synchronous disk operations.',
  dbench: 'The throughput experienced by a single client performing around 90,000 file system operations.',
  specweb99: 'XenoLinux fares well, achieving within 1% of native Linux performance. VMware and UML both struggle, supporting less than a third of the number of clients of the native Linux system.',
};

/** Relative-to-native figures the paper's text states outright (verified), beside the bar labels. */
export const BARHAM_FIGURE_3_STATED: Readonly<Record<string, Row<BarhamColumn>>> = {
  'linux-build': { xen: verified(1 / 1.03, 'whereas Xen incurs a mere 3% overhead') },
  // "Within 1 %": at least 0.99 of native, taken at that bound.
  specweb99: { xen: verified(0.99, 'XenoLinux fares well, achieving within 1% of native Linux performance') },
};

/** lmbench 3.0-a3, Tables 3-5, microseconds (lower is better); UML and L-SMP are not modelled. */
export const BARHAM_LMBENCH: Readonly<Record<string, Row<BarhamColumn>>> = {
  'null-call': { native: lmbench(0.45), xen: lmbench(0.46), vmware: lmbench(0.73) },
  'fork-proc': { native: lmbench(110), xen: lmbench(198), vmware: lmbench(874) },
  'exec-proc': { native: lmbench(530), xen: lmbench(768), vmware: lmbench(2300) },
  'ctx-2p-0k': { native: lmbench(0.77), xen: lmbench(1.97), vmware: lmbench(18.1) },
  'page-fault': { native: lmbench(1.42), xen: lmbench(2.73), vmware: lmbench(12.4) },
};

/** Table 6, ttcp bulk TCP to a remote machine, Mb/s (higher is better). */
export const BARHAM_TTCP: Readonly<Record<string, Row<BarhamColumn>>> = {
  'mtu1500-tx': { native: ttcp(897), xen: ttcp(897), vmware: ttcp(291) },
  'mtu1500-rx': { native: ttcp(897), xen: ttcp(897), vmware: ttcp(615) },
  'mtu500-tx': { native: ttcp(602), xen: ttcp(516), vmware: ttcp(101) },
  'mtu500-rx': { native: ttcp(544), xen: ttcp(467), vmware: ttcp(137) },
};

/** §4.5: aggregate throughput of 128 CPU-bound domains on the dual-CPU server, relative to 128 native processes. */
export const BARHAM_SCALABILITY = {
  'slice-5ms': verified(1 - 0.075, 'running 128 domains we lose just 7.5% of total throughput relative to Linux'),
} as const;

/** §6.3 nanobenchmarks, cycles on a Pentium 4 672 (3.8 GHz, VT-x, no nested paging). */
export const ADAMS_AGESEN_NANO: Readonly<Record<string, Row<AdamsAgesenColumn>>> = {
  // "approximately 2000 more cycles than a native system call"; the hardware VMM "at native speed".
  syscall: { software: nano(2000, { approximate: true, relation: 'over-native' }), hardware: nano(1, { approximate: true, relation: 'times-native' }) },
  // Native 3209; the software VMM "fifteen times faster than native"; the hardware VMM 15826.
  in: { native: nano(3209), software: nano(3209 / 15, { approximate: true }), hardware: nano(15826) },
  // The software VMM 35 cycles, "about four times faster than native"; the hardware VMM "similar to native".
  cr8wr: { native: nano(35 * 4, { approximate: true }), software: nano(35), hardware: nano(1, { approximate: true, relation: 'times-native' }) },
  callret: { native: nano(11), software: nano(51), hardware: nano(11) },
  pgfault: { native: nano(1093), software: nano(3927), hardware: nano(11242) },
  divzero: { native: nano(889), software: nano(3223), hardware: nano(1014) },
  // Natively "a single cycle store".
  ptemod: { native: nano(1, { approximate: true }), software: nano(391), hardware: nano(12733) },
};
