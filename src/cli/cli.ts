/**
 * The headless command line: runs scenarios in Node with the same engine the page runs in
 * its workers. `npm run -s cli -- help` lists the commands. `runCli` is the whole program,
 * callable in-process (tests, the fuzz suite); main.ts only binds it to the process.
 */
import { parseArgs } from 'node:util';
import { PLATFORM_KINDS, PRESET_NAMES, loadPreset, plainText, resultsCsv, runScenario, type ScenarioResult } from '../engine/index.ts';
import { densityCommand } from './density-command.ts';
import { formatExplain } from './format-explain.ts';
import { formatTable } from './format-table.ts';
import { labsCommand } from './labs-command.ts';
import { linkCommand } from './link-command.ts';
import { loadScenario } from './load-scenario.ts';
import { migrateCommand } from './migrate-command.ts';
import { numberOption } from './number-option.ts';
import { runShell } from './run-shell.ts';
import { cleanLine, quoted } from '../untrusted/clean-line.ts';
import type { CliIo } from './cli-io.ts';
import { terminalSafeJson } from './terminal-safe-json.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

const HELP = `VirtScope command line

  run <scenario.json | preset | link> [--duration <virtual s>] [--seed <n>] [--format table|json|csv]
        [--explain <guest>]
      Runs the scenario on native, hosted, bare-metal and containers; prints the results.
      Default: 120 virtual seconds, the scenario's seed, a table. --explain prints instead,
      on every platform, that guest's time per transaction against native and the
      difference split by mechanism and waiting (the JSON has it for every guest).
      On a terminal, a run that takes more than a couple of seconds shows a progress bar
      (on standard error, cleared when done); nothing when the output is piped.
  shell <scenario.json | preset | link> --platform <native|hosted|bare-metal|container>
        --console <guest name | manager> [--at <virtual s>] -- '<command>' ['<command>' …]
      Boots the scenario, types the commands into that console at --at (a guest still
      booting then is waited for, as at its console; default: once its shell is up; virtual
      time advances as they run) and prints what the terminal shows; without colour codes
      unless a TTY.
  link <scenario.json | preset | link> [--base <url>]
      Prints the share link that opens the scenario in the page (default address
      http://127.0.0.1:5173/, where npm start serves it). run and shell also accept a link,
      and a lab (its id or its file) for the lab's scenario.
  density <scenario.json | preset | link> --guest <os>:<workload> [--threshold 0.8] [--max <n>]
        [--window <virtual s>] [--format table|json]
      How many guests of that kind fit on the host on each platform before throughput per
      guest falls under the threshold (relative to one such guest alone): prints the curve
      (guests → throughput per guest) and the knee. Guests are copies of the scenario's guest
      of that kind, else sized like its first guest.
  migrate <scenario.json | preset | link> --guest <name> [--at <virtual s>] [--format table|json]
      Runs the scenario to --at (default: once the guest has run 30 s on every platform),
      then moves that guest to an identical second
      host on each platform: pre-copy rounds (pages per round), data moved, downtime and
      total time; a container's checkpoint and restore; native: not applicable.
  validate [--format table|json]
      Reruns the published experiments (Barham et al. 2003: Figure 3, lmbench, ttcp, 128
      domains; Adams & Agesen 2006: nanobenchmarks) on hosts set up as the papers', and
      prints paper vs model per cell with the error, the ordering per benchmark and where
      each paper figure was read; missing cells are shown as missing. The last four lines
      are the summary.
  presets
      Lists the presets.
  labs
      Lists the shipped classroom labs (open one in the page with #lab=<id>).
  labs check <lab.json>
      Validates a lab file (docs/labs.md) and prints every mistake with where it is.
  help
      Shows this text.`;

/** Longest run a command may ask for, in virtual seconds. */
const MAX_DURATION_S = 86_400;

export function runCli(argv: string[], io: CliIo): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    const usage = e instanceof UsageError ? e.message : optionProblem(e);
    // Anything else is VirtScope's own fault: still one line, never a stack trace, and a status of its own.
    io.err(`${cleanLine(`virtscope: ${usage ?? `internal error: ${e instanceof Error ? e.message : String(e)}`}`)}\n`);
    return usage === null ? 1 : 2;
  }
}

/** node:util parseArgs's complaint, in one line; null for any other error. */
function optionProblem(e: unknown): string | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (!code.startsWith('ERR_PARSE_ARGS') || !(e instanceof Error)) return null;
  // "Option '--duration <value>' argument is ambiguous. … use '--duration=-XYZ'": a value that starts with "-".
  const ambiguous = /^Option '(-[-\w]+)/.exec(e.message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && ambiguous && /ambiguous/.test(e.message))
    return `${ambiguous[1]} needs a value; write one that starts with "-" as ${ambiguous[1]}=<value>`;
  return e.message.split('\n')[0] ?? code;
}

function dispatch(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest, io);
    case 'shell':
      return shell(rest, io);
    case 'link':
      return linkCommand(rest, io);
    case 'labs':
      return labsCommand(rest, io);
    case 'density':
      return densityCommand(rest, io);
    case 'migrate':
      return migrateCommand(rest, io);
    case 'validate':
      return validateCommand(rest, io);
    case 'presets':
      for (const name of PRESET_NAMES) io.out(`${name.padEnd(24)} ${loadPreset(name)?.description ?? ''}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
      io.out(`${HELP}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command ${quoted(command)} (commands: run, shell, link, density, migrate, validate, presets, labs, help)`);
  }
}

/** run's output formats: checked before the run, not after minutes of it. */
const FORMATS = { table: formatTable, json: terminalSafeJson, csv: resultsCsv } as const;

function run(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { duration: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string' }, explain: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('run takes one scenario file or preset name');
  const scenario = loadScenario(positionals[0] as string);
  const durationS = numberOption('--duration', values.duration ?? '120', 0.001, MAX_DURATION_S);
  const seed = values.seed === undefined ? scenario.seed : numberOption('--seed', values.seed, 0, 0xffffffff, true);
  const format = values.format ?? 'table';
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`--format must be table, json or csv, not ${quoted(format)}`);
  const explain = values.explain;
  if (explain !== undefined) {
    if (format === 'csv') throw new UsageError("--explain prints a table (and every guest's explanation is in --format json), not CSV");
    const names = scenario.guests.map((g) => g.name);
    if (!names.includes(explain)) throw new UsageError(`--explain: no guest named ${quoted(explain)} (guests: ${names.join(', ')})`);
  }
  const progress = io.progress(`${PLATFORM_KINDS.length} platforms × ${durationS} virtual s`);
  let result: ScenarioResult;
  try {
    result = runScenario({ ...scenario, seed }, durationS, { onProgress: progress.update });
  } finally {
    progress.stop();
  }
  io.out(`${explain !== undefined && format === 'table' ? formatExplain(result, explain) : FORMATS[format as keyof typeof FORMATS](result)}\n`);
  return 0;
}

function shell(args: string[], io: CliIo): number {
  const dash = args.indexOf('--');
  const own = dash >= 0 ? args.slice(0, dash) : args;
  const commands = dash >= 0 ? args.slice(dash + 1) : [];
  const { values, positionals } = parseArgs({
    args: own,
    allowPositionals: true,
    options: { platform: { type: 'string' }, console: { type: 'string' }, at: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('shell takes one scenario file or preset name');
  if (!values.platform || !values.console) throw new UsageError('shell needs --platform and --console');
  const scenario = loadScenario(positionals[0] as string);
  const atS = values.at === undefined ? undefined : numberOption('--at', values.at, 0, MAX_DURATION_S);
  const out = runShell(scenario, { platform: values.platform, console: values.console, ...(atS === undefined ? {} : { atS }), commands });
  io.out(io.isTTY ? out : plainText(out));
  return 0;
}

