/**
 * kill, the shell built-in: sends a signal (default TERM) to each pid through machine.kill,
 * which answers with the kernel's refusal ("No such process") or null. `-l` lists signals.
 * bash and the Solaris Bourne shell word their complaints differently.
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { SIGNALS, parseSignal } from './signals.ts';

export interface KillStyle {
  readonly usage: string;
  readonly badSignal: (spec: string) => string;
  readonly badPid: (arg: string) => string;
  readonly refused: (pid: string, error: string) => string;
}

export const BASH_KILL: KillStyle = {
  usage: 'bash: kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
  badSignal: (spec) => `bash: kill: ${spec}: invalid signal specification\n`,
  badPid: (arg) => `bash: kill: ${arg}: arguments must be process or job IDs\n`,
  refused: (pid, error) => `bash: kill: (${pid}) - ${error}\n`,
};

function listSignals(): string {
  return [...SIGNALS].map(([name, n]) => `${String(n).padStart(2)}) SIG${name}`).join('\n') + '\n';
}

function runKill(ctx: CommandContext, args: readonly string[], style: KillStyle) {
  let signal = 15;
  let rest = [...args];
  const first = rest[0];
  if (first === undefined) return done(style.usage, 2);
  if (first === '-l' || first === '-L') return done(listSignals());
  if (first === '-s' || first === '-n') {
    const spec = rest[1];
    const n = spec === undefined ? null : parseSignal(spec);
    if (n === null) return done(style.badSignal(spec ?? ''), 1);
    signal = n;
    rest = rest.slice(2);
  } else if (first.startsWith('-') && first !== '--' && first.length > 1) {
    const n = parseSignal(first.slice(1));
    if (n === null) return done(style.badSignal(first.slice(1)), 1);
    signal = n;
    rest = rest.slice(1);
  }
  if (rest[0] === '--') rest = rest.slice(1);
  if (rest.length === 0) return done(style.usage, 2);
  // A program's workers end together here: one listed when the command started may be gone by its turn, ended by
  // an earlier pid's signal, and the kernel had delivered that signal to it too.
  const listed = new Set(ctx.machine.processes().map((p) => p.pid));
  let out = '';
  for (const arg of rest) {
    if (!/^-?\d+$/.test(arg)) {
      out += style.badPid(arg);
      continue;
    }
    const pid = Number(arg);
    const error = ctx.machine.kill(pid, signal);
    if (error === null) continue;
    const endedWithAnother = listed.has(pid) && !ctx.machine.processes().some((p) => p.pid === pid);
    if (!endedWithAnother) out += style.refused(arg, error);
  }
  return done(out, out === '' ? 0 : 1);
}

export function makeKill(style: KillStyle): Command {
  return { name: 'kill', summary: 'send a signal to a process', run: (ctx, args) => runKill(ctx, args, style) };
}

export const KILL: Command = makeKill(BASH_KILL);
