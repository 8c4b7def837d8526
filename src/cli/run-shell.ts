/**
 * `cli shell`: boots a scenario on one platform, types commands into one console and
 * prints exactly what the terminal shows — for tests, for preparing a class, for scripted
 * demos. The engine's headless shell does the work; this checks the options, and says on
 * standard error what the terminal does not (a command stopped at the shell's limit, a
 * guest with no shell to type into).
 */
import { PLATFORM_KINDS, type PlatformKind, type Scenario } from '../engine/index.ts';
import { headlessShell, type HeadlessOptions, type HeadlessRun } from '../engine/headless-shell.ts';
import { cleanLine, cut, quoted } from '../untrusted/clean-line.ts';
import type { CliIo } from './cli-io.ts';
import { commandOptions } from './command-options.ts';
import { loadScenario } from './load-scenario.ts';
import { MAX_DURATION_S, numberOption } from './number-option.ts';
import { pipedText } from './piped-text.ts';
import { UsageError } from './usage-error.ts';

/** The exit status when commands were left untyped (the guest had no shell): 2 is a mistake in the command line, 1 VirtScope's own. */
export const UNTYPED_STATUS = 3;

export interface ShellOptions {
  readonly platform: string;
  readonly console: string;
  readonly atS?: number;
  readonly commands: readonly string[];
}

export function shellCommand(args: readonly string[], io: CliIo): number {
  const dash = args.indexOf('--');
  const own = dash >= 0 ? args.slice(0, dash) : args;
  const commands = dash >= 0 ? args.slice(dash + 1) : [];
  const { values, positionals } = commandOptions('shell', own, { platform: { type: 'string' }, console: { type: 'string' }, at: { type: 'string' } });
  const [ref, ...extra] = positionals;
  if (ref === undefined) throw new UsageError('shell takes one scenario file, preset name or link');
  if (extra.length > 0) throw new UsageError(`shell takes one scenario; the commands to type go after --, e.g. ${example(ref, values, extra)}`);
  if (!values.platform || !values.console) throw new UsageError('shell needs --platform and --console');
  const scenario = loadScenario(ref);
  const atS = values.at === undefined ? undefined : numberOption('--at', values.at, 0, MAX_DURATION_S);
  const r = shellRun(scenario, { platform: values.platform, console: values.console, ...(atS === undefined ? {} : { atS }), commands });
  io.out(io.isTTY ? r.output : pipedText(r.output));
  for (const note of r.notes) io.err(`${cleanLine(`virtscope: ${note}`)}\n`);
  return r.typedAll ? 0 : UNTYPED_STATUS;
}

/** The command line as it should have been: the words after the scenario moved behind `--`. */
function example(ref: string, values: { readonly platform?: string; readonly console?: string }, words: readonly string[]): string {
  const options = [values.platform && `--platform ${values.platform}`, values.console && `--console ${values.console}`].filter(Boolean).join(' ');
  return `shell ${cut(ref, 40)} ${options} -- ${words.map((w) => `'${w}'`).join(' ')}`.replace(/ {2}/g, ' ');
}

/** The headless shell's run, its options checked. */
export function shellRun(scenario: Scenario, o: ShellOptions): HeadlessRun {
  if (!PLATFORM_KINDS.includes(o.platform as PlatformKind)) throw new UsageError(`--platform must be one of ${PLATFORM_KINDS.join(', ')}, not ${quoted(o.platform)}`);
  const options: HeadlessOptions = { ...o, platform: o.platform as PlatformKind };
  const r = headlessShell(scenario, options);
  if ('error' in r) throw new UsageError(r.error);
  return r;
}

/** What the terminal shows. */
export function runShell(scenario: Scenario, o: ShellOptions): string {
  return shellRun(scenario, o).output;
}
