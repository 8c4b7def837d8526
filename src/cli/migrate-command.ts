/**
 * `cli migrate`: runs the scenario on every platform to a virtual time, then moves one
 * guest to an identical second host on each and prints the comparison — pre-copy rounds
 * (pages per round), data moved, downtime and total time, and the other guests'
 * throughput during the move — per platform.
 */
import { compareMigration, runningEverywhereS, type MigrationReport } from '../engine/index.ts';
import { commandOptions } from './command-options.ts';
import { loadScenario } from './load-scenario.ts';
import { MAX_DURATION_S, numberOption } from './number-option.ts';
import { escapeControls, quoted } from '../untrusted/clean-line.ts';
import { terminalSafeJson } from './terminal-safe-json.ts';
import { UsageError } from './usage-error.ts';
import type { CliIo } from './cli-io.ts';

/** By default the move comes once the guest has run this long on every platform (its dirty rate is its workload's), virtual s. */
const DEFAULT_RUN_S = 30;
/** How long a boot is waited for, virtual s, when choosing the default instant. */
const BOOT_WAIT_S = 600;
/** Rounds listed before the rest are summed up. */
const SHOWN_ROUNDS = 6;

export function migrateCommand(args: string[], io: CliIo): number {
  const { values, positionals } = commandOptions('migrate', args, { guest: { type: 'string' }, at: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('migrate takes one scenario file, preset name or link');
  const scenario = loadScenario(positionals[0] as string);
  const guest = values.guest;
  if (guest === undefined) throw new UsageError(`migrate needs --guest <name> (guests: ${scenario.guests.map((g) => g.name).join(', ')})`);
  if (!scenario.guests.some((g) => g.name === guest)) throw new UsageError(`no guest named ${quoted(guest)} (guests: ${scenario.guests.map((g) => g.name).join(', ')})`);
  const atS = values.at === undefined ? runningEverywhereS(scenario, guest, BOOT_WAIT_S) + DEFAULT_RUN_S : numberOption('--at', values.at, 0, MAX_DURATION_S);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not ${quoted(format)}`);
  const reports = compareMigration(scenario, guest, atS);
  io.out(format === 'json' ? `${terminalSafeJson({ scenario: scenario.name, guest, atS, reports })}\n` : formatMigration(escapeControls(scenario.name), guest, atS, reports));
  return 0;
}

function rounds(r: MigrationReport): string {
  const shown = r.rounds.slice(0, SHOWN_ROUNDS).map((x) => `${x.pages}${x.live ? '' : ' (paused)'}`);
  const rest = r.rounds.slice(SHOWN_ROUNDS);
  if (rest.length > 0) shown.push(`… ${rest.length} more, last ${rest.at(-1)?.pages ?? 0} (paused)`);
  return shown.join(', ');
}

export function formatMigration(scenario: string, guest: string, atS: number, reports: readonly MigrationReport[]): string {
  let out = `Migration of ${guest} (${scenario}) to an identical second host at ${atS} virtual s\n`;
  for (const r of reports) {
    out += `\n${r.platform}: ${r.method}\n`;
    if (r.refusal !== undefined) {
      out += `  not done: ${r.refusal}\n`;
      continue;
    }
    out += `  ${r.how}\n`;
    out += `  dirty rate ${r.dirtyPagesPerSecond} pages/s over a ${r.workingSetMiB} MiB working set; link ${r.linkMBps} MB/s (bound by the ${r.limitedBy?.toUpperCase() ?? '-'}; the guests' traffic beside it took ${Math.round(r.guestNicShare * 100)} % of the NIC)\n`;
    out += `  pages per round: ${rounds(r)}\n  stopped: ${r.stopReason}\n`;
    out += `  data moved ${r.dataMiB} MiB, downtime ${r.downtimeMs} ms, total ${r.totalMs} ms${r.stateLost ? ' (processes restarted: state lost)' : ''}\n`;
    out += `  sending CPU: ${Object.entries(r.cpuMsByLayer).map(([l, ms]) => `${l} ${ms} ms`).join(', ') || 'none'}\n`;
    if (r.neighbours?.length) out += `  the others during the move: ${r.neighbours.map((n) => `${n.guest} ${n.txPerSecond} ${n.unit} (${n.txPerSecondWithout} without it)`).join(', ')}\n`;
  }
  return out;
}
