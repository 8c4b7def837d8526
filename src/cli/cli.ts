/**
 * The headless command line: runs scenarios in Node with the same engine the page runs in
 * its workers. `npm run -s cli -- help` lists the commands. `runCli` is the whole program,
 * callable in-process (tests, the fuzz suite); main.ts only binds it to the process.
 */
import { PLATFORM_KINDS, PRESET_NAMES, loadPreset, resultsCsv, runScenario, type ScenarioResult } from '../engine/index.ts';
import { densityCommand } from './density-command.ts';
import { formatExplain } from './format-explain.ts';
import { formatTable } from './format-table.ts';
import { commandOptions, noArguments } from './command-options.ts';
import { labsCommand } from './labs-command.ts';
import { linkCommand } from './link-command.ts';
import { loadScenario } from './load-scenario.ts';
import { migrateCommand } from './migrate-command.ts';
import { MAX_DURATION_S, numberOption } from './number-option.ts';
import { shellCommand } from './run-shell.ts';
import { cleanLine, quoted } from '../untrusted/clean-line.ts';
import type { CliIo } from './cli-io.ts';
import { terminalSafeJson } from './terminal-safe-json.ts';
import { COMMAND_NAMES, COMMAND_USAGE, HELP, isCommandName, packageVersion, type CommandName } from './usage.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

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
  if (command !== undefined && isCommandName(command) && asksForHelp(rest)) return usage(command, io);
  switch (command) {
    case 'run':
      return run(rest, io);
    case 'shell':
      return shellCommand(rest, io);
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
      noArguments('presets', rest);
      for (const name of PRESET_NAMES) io.out(`${name.padEnd(24)} ${loadPreset(name)?.description ?? ''}\n`);
      return 0;
    case 'help': {
      const about = rest[0];
      if (about !== undefined && isCommandName(about)) return usage(about, io);
      noArguments('help', rest);
      io.out(`${HELP}\n`);
      return 0;
    }
    case undefined:
    case '--help':
    case '-h':
      io.out(`${HELP}\n`);
      return 0;
    case '--version':
      io.out(`virtscope ${packageVersion()}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command ${quoted(command)} (commands: ${COMMAND_NAMES.join(', ')}; help describes them)`);
  }
}

/** Whether the command's own arguments (those before a `--`) ask for its help. */
function asksForHelp(args: readonly string[]): boolean {
  const dash = args.indexOf('--');
  return (dash >= 0 ? args.slice(0, dash) : args).some((a) => a === '--help' || a === '-h');
}

function usage(command: CommandName, io: CliIo): number {
  io.out(`${COMMAND_USAGE[command]}\n`);
  return 0;
}

/** run's output formats: checked before the run, not after minutes of it. */
const FORMATS = { table: formatTable, json: terminalSafeJson, csv: resultsCsv } as const;

function run(args: string[], io: CliIo): number {
  const { values, positionals } = commandOptions('run', args, {
    duration: { type: 'string' },
    seed: { type: 'string' },
    format: { type: 'string' },
    explain: { type: 'string' },
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
