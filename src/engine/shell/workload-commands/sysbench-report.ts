/**
 * sysbench 1.0's report text: the banner, each test's result block, and the general
 * statistics, in its column layout. Every figure is a task's progress from the engine;
 * what the model does not have (min/avg/max latency, thread fairness, per-kind file
 * operations) is left out rather than invented.
 */
import type { TaskProgress } from '../../os/machine.ts';
import { perSecond, seconds, wholeTransactions } from './task-watch.ts';

export const SYSBENCH_VERSION = 'sysbench 1.0.20';

export type SysbenchTest = 'cpu' | 'memory' | 'fileio' | 'oltp';

/**
 * Statements of one OLTP transaction by kind: the workload is TPC-B-like, "7 statements and
 * a commit" (catalog.ts) — BEGIN; UPDATE accounts; SELECT abalance; UPDATE tellers;
 * UPDATE branches; INSERT history; END — so 1 read, 4 writes and 2 others (BEGIN, END).
 */
const OLTP_QUERIES_PER_TX = { read: 1, write: 4, other: 2 } as const;

/** What sysbench prints when its workers start. */
export function sysbenchBanner(threads: number): string {
  return [
    `${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)`,
    '',
    'Running the test with following options:',
    `Number of threads: ${threads}`,
    'Initializing random number generator from current time',
    '',
    '',
    'Initializing worker threads...',
    '',
    'Threads started!',
    '',
    '',
  ].join('\n');
}

/** `label` padded to sysbench's value column (the 41st), then the value. */
function row(label: string, value: string): string {
  return `    ${label}`.padEnd(41) + value;
}

function testBlock(test: SysbenchTest, p: TaskProgress): string[] {
  const events = wholeTransactions(p);
  const rate = perSecond(events, p.elapsedNs);
  switch (test) {
    case 'cpu':
      return ['CPU speed:', `    events per second: ${rate.toFixed(2).padStart(8)}`, ''];
    case 'memory':
      // One event moves one MiB (the stream workload's transaction).
      return [`Total operations: ${events} (${rate.toFixed(2).padStart(8)} per second)`, '', `${events.toFixed(2)} MiB transferred (${rate.toFixed(2)} MiB/sec)`, '', ''];
    case 'fileio':
      return ['File operations:', `    operations/s:                 ${rate.toFixed(2)}`, ''];
    case 'oltp': {
      const q = OLTP_QUERIES_PER_TX;
      const queries = events * (q.read + q.write + q.other);
      return [
        'SQL statistics:',
        '    queries performed:',
        row('    read:', String(events * q.read)),
        row('    write:', String(events * q.write)),
        row('    other:', String(events * q.other)),
        row('    total:', String(queries)),
        row('transactions:', `${String(events).padEnd(6)} (${rate.toFixed(2)} per sec.)`),
        row('queries:', `${String(queries).padEnd(6)} (${perSecond(queries, p.elapsedNs).toFixed(2)} per sec.)`),
        '',
      ];
    }
  }
}

function latencyBlock(p: TaskProgress): string[] {
  const lines: string[] = [];
  const { p50, p99 } = p.latencyMs;
  if (p50 !== null) lines.push(`         50th percentile:${p50.toFixed(2).padStart(27)}`);
  if (p99 !== null) lines.push(`         99th percentile:${p99.toFixed(2).padStart(27)}`);
  return lines.length > 0 ? ['Latency (ms):', ...lines, ''] : [];
}

/** The result text once the run has ended. */
export function sysbenchReport(test: SysbenchTest, p: TaskProgress): string {
  return [
    ...testBlock(test, p),
    'General statistics:',
    row('total time:', `${seconds(p.elapsedNs).toFixed(4)}s`),
    row('total number of events:', String(wholeTransactions(p))),
    '',
    ...latencyBlock(p),
    '',
  ].join('\n');
}
