/** Signal names and numbers of Linux/i386 (signal(7)), for kill and its -l listing. */
export const SIGNALS: ReadonlyMap<string, number> = new Map([
  ['HUP', 1],
  ['INT', 2],
  ['QUIT', 3],
  ['ILL', 4],
  ['TRAP', 5],
  ['ABRT', 6],
  ['BUS', 7],
  ['FPE', 8],
  ['KILL', 9],
  ['USR1', 10],
  ['SEGV', 11],
  ['USR2', 12],
  ['PIPE', 13],
  ['ALRM', 14],
  ['TERM', 15],
  ['CHLD', 17],
  ['CONT', 18],
  ['STOP', 19],
  ['TSTP', 20],
]);

/** A signal given as "9", "KILL" or "SIGKILL" (any case); null if unknown. */
export function parseSignal(spec: string): number | null {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n >= 0 && n <= 64 ? n : null;
  }
  return SIGNALS.get(spec.toUpperCase().replace(/^SIG/, '')) ?? null;
}
