/**
 * The headless command line: runs scenarios in Node with the same engine the page runs in
 * its workers. `npm run -s cli -- help` lists the commands.
 */
import { parseArgs } from 'node:util';
import { PRESET_NAMES, loadPreset, runScenario } from '../engine/index.ts';
import { formatCsv } from './format-csv.ts';
import { formatTable } from './format-table.ts';
import { loadScenario } from './load-scenario.ts';
import { plainText, runShell } from './run-shell.ts';
import { UsageError } from './usage-error.ts';

const HELP = `VirtScope command line

  run <scenario.json | preset> [--duration <virtual s>] [--seed <n>] [--format table|json|csv]
      Runs the scenario on native, hosted, bare-metal and containers; prints the results.
      Default: 120 virtual seconds, the scenario's seed, a table.
  shell <scenario.json | preset> --platform <native|hosted|bare-metal|container>
        --console <guest name | manager> [--at <virtual s>] -- '<command>' ['<command>' …]
      Boots the scenario, types the commands into that console (virtual time advances as
      they run) and prints what the terminal shows; without colour codes unless a TTY.
  presets
      Lists the presets.
  help
      Shows this text.`;

/** Longest run a command may ask for, in virtual seconds. */
const MAX_DURATION_S = 86_400;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest);
    case 'shell':
      return shell(rest);
    case 'presets':
      for (const name of PRESET_NAMES) process.stdout.write(`${name.padEnd(24)} ${loadPreset(name)?.description ?? ''}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${HELP}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}" (commands: run, shell, presets, help)`);
  }
}

function run(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { duration: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('run takes one scenario file or preset name');
  const scenario = loadScenario(positionals[0] as string);
  const durationS = numberOption('--duration', values.duration ?? '120', 0.001, MAX_DURATION_S);
  const seed = values.seed === undefined ? scenario.seed : numberOption('--seed', values.seed, 0, 0xffffffff, true);
  const result = runScenario({ ...scenario, seed }, durationS);
  const format = values.format ?? 'table';
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === 'csv') process.stdout.write(`${formatCsv(result)}\n`);
  else if (format === 'table') process.stdout.write(`${formatTable(result)}\n`);
  else throw new UsageError(`--format must be table, json or csv, not "${format}"`);
  return 0;
}

function shell(args: string[]): number {
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
  process.stdout.write(process.stdout.isTTY ? out : plainText(out));
  return 0;
}

function numberOption(name: string, text: string, min: number, max: number, integer = false): number {
  const v = Number(text);
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not "${text}"`);
  return v;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError || (e instanceof TypeError && 'code' in e) ? e.message : null;
  if (message === null) throw e;
  process.stderr.write(`virtscope: ${message}\n`);
  process.exitCode = 2;
}
