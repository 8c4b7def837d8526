/**
 * ps (procps 3.2) over machine.processes(): `ps` (this user's processes on terminals),
 * `ps ax`, `ps aux`, `ps -e`, `ps -f`, `ps -ef`. Lines are cut at the terminal's width unless
 * `w` is given, as ps does on a terminal.
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { processTerminals } from './process-terminals.ts';
import { bsdFormat, defaultFormat, fullFormat, userFormat, type PsRow } from './ps-format.ts';

interface PsRequest {
  readonly all: boolean;
  readonly format: 'default' | 'bsd' | 'full' | 'user';
  readonly wide: boolean;
}

/** Reads BSD-style (`aux`) or System V-style (`-ef`) options; null when unsupported. */
export function parsePsArgs(args: readonly string[]): PsRequest | null {
  let all = false;
  let format: PsRequest['format'] = 'default';
  let wide = false;
  let sawBsd = false;
  for (const arg of args) {
    const bsd = !arg.startsWith('-') || /^-[aux]+w*$/.test(arg);
    sawBsd ||= bsd;
    for (const letter of arg.replace(/^-/, '')) {
      if (letter === 'e' || letter === 'A' || (bsd && (letter === 'a' || letter === 'x'))) all = true;
      else if (letter === 'f' && !bsd) format = 'full';
      else if (letter === 'u' && bsd) format = 'user';
      else if (letter === 'w') wide = true;
      else return null;
    }
  }
  // BSD options without `u` (`ps ax`) print BSD's own columns: state and the whole command line.
  return { all, format: sawBsd && format === 'default' ? 'bsd' : format, wide };
}

function runPs(ctx: CommandContext, args: readonly string[]) {
  const req = parsePsArgs(args);
  if (req === null) {
    return done('ERROR: Unsupported option.\nUsage: ps [aux] | [-ef]  (see the ps man page)\n', 1);
  }
  const procs = [...ctx.machine.processes()].sort((a, b) => a.pid - b.pid);
  const ttys = processTerminals(procs);
  const user = ctx.env.get('USER') ?? 'root';
  const rows: PsRow[] = procs
    .filter((p) => req.all || (ttys.has(p.pid) && p.user === user))
    .map((p) => ({ p, tty: ttys.get(p.pid) ?? '?' }));
  const lines =
    req.format === 'full' ? fullFormat(rows, ctx.machine) : req.format === 'user' ? userFormat(rows, ctx.machine) : req.format === 'bsd' ? bsdFormat(rows) : defaultFormat(rows);
  const cut = req.wide ? lines : lines.map((l) => l.slice(0, Math.max(1, ctx.columns)));
  return done(cut.join('\n') + '\n');
}

export const PS: Command = {
  name: 'ps',
  summary: 'report a snapshot of the processes',
  run: runPs,
};
