/**
 * What `help` prints: one entry per command, so `<command> --help` (or `-h`) prints its own
 * and `help` all of them. The names here are the commands `runCli` dispatches.
 */
import { readFileSync } from 'node:fs';
import { COMMAND_LIMIT_S } from '../engine/headless-shell.ts';

export const COMMAND_USAGE = {
  run: `  run <scenario.json | preset | link> [--duration <virtual s>] [--seed <n>] [--format table|json|csv]
        [--explain <guest>]
      Runs the scenario on native, hosted, bare-metal and containers; prints the results.
      Default: 120 virtual seconds, the scenario's seed, a table. --explain prints instead,
      on every platform, that guest's time per transaction against native and the
      difference split by mechanism and waiting (the JSON has it for every guest).
      On a terminal, a run that takes more than a couple of seconds shows a progress bar
      (on standard error, cleared when done); nothing when the output is piped.`,
  shell: `  shell <scenario.json | preset | link> --platform <native|hosted|bare-metal|container>
        --console <guest name | manager> [--at <virtual s>] -- '<command>' ['<command>' …]
      Boots the scenario, types the commands into that console at --at (a guest still
      booting then is waited for, as at its console; default: once its shell is up; virtual
      time advances as they run) and prints what the terminal shows; without colour codes
      unless a TTY. A command still running after ${COMMAND_LIMIT_S} virtual s is stopped with Ctrl-C; a
      guest with no shell (refused, crashed, powered off, still booting) leaves the rest
      untyped, with exit status 3. A line on standard error says which and why.
      e.g. shell classroom-default --platform hosted --console web1 -- 'uptime' 'free -m'`,
  link: `  link <scenario.json | preset | link> [--base <url>]
      Prints the share link that opens the scenario in the page (default address
      http://127.0.0.1:5173/, where npm start serves it). run and shell also accept a link,
      and a lab (its id or its file) for the lab's scenario.`,
  density: `  density <scenario.json | preset | link> --guest <os>:<workload> [--threshold 0.8] [--max <n>]
        [--window <virtual s>] [--format table|json]
      How many guests of that kind fit on the host on each platform before throughput per
      guest falls under the threshold (relative to one such guest alone): prints the curve
      (guests → throughput per guest) and the knee. Guests are copies of the scenario's guest
      of that kind, else sized like its first guest.`,
  migrate: `  migrate <scenario.json | preset | link> --guest <name> [--at <virtual s>] [--format table|json]
      Runs the scenario to --at (default: once the guest has run 30 s on every platform),
      then moves that guest to an identical second
      host on each platform: pre-copy rounds (pages per round), data moved, downtime and
      total time; a container's checkpoint and restore; native: not applicable.`,
  validate: `  validate [--format table|json]
      Reruns the published experiments (Barham et al. 2003: Figure 3, lmbench, ttcp, 128
      domains; Adams & Agesen 2006: nanobenchmarks) on hosts set up as the papers', and
      prints paper vs model per cell with the error, the ordering per benchmark and where
      each paper figure was read; missing cells are shown as missing. The last four lines
      are the summary.`,
  presets: `  presets
      Lists the presets.`,
  labs: `  labs
      Lists the shipped classroom labs (open one in the page with #lab=<id>).
  labs check <lab.json>
      Validates a lab file (docs/labs.md) and prints every mistake with where it is.`,
  help: `  help [<command>], --help, -h
      Shows this text, or that command's (as <command> --help or -h does).
  --version
      Prints VirtScope's version.`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export const COMMAND_NAMES = Object.keys(COMMAND_USAGE) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_USAGE, name);
}

export const HELP = `VirtScope command line

${Object.values(COMMAND_USAGE).join('\n')}

Exit status: 0 done; 2 a mistake in the command line or an input file (a line says which);
3 shell commands left untyped; 1 VirtScope's own error.`;

/** VirtScope's version, package.json's. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}
