/**
 * `docker logs [-f] [-t] [--tail N] [--since T] CONTAINER`: what the container's main process
 * wrote to its standard output, which the json-file driver keeps. The model runs a
 * container's workload without its program's output, so there is nothing to show: one
 * line says so, and where to look instead, rather than inventing log lines.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { GuestManager } from '../../guest-manager.ts';
import { findContainer, flagError } from './docker-ps.ts';

const BARE_FLAGS = new Set(['-f', '--follow', '-t', '--timestamps', '--details', '-ft', '-tf']);
const VALUE_FLAGS = new Set(['--tail', '--since']);

export function dockerLogs(manager: GuestManager, args: readonly string[]): CommandDone {
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const flag = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (BARE_FLAGS.has(a)) continue;
    if (VALUE_FLAGS.has(flag)) {
      if (flag === a && args[++i] === undefined) return done(`flag needs an argument: ${a}\nSee 'docker logs --help'.\n`, 125);
    } else if (a.startsWith('-')) return flagError(a, 'logs');
    else refs.push(a);
  }
  if (refs.length !== 1) return done(`"docker logs" requires exactly 1 argument(s).\nSee 'docker logs --help'.\n`, 1);
  const ref = refs[0] ?? '';
  const g = findContainer(manager, ref);
  if (g === undefined) return done(`Error: No such container: ${ref}\n`, 1);
  return done(`(not modelled: the playground runs ${g.name}'s ${g.workload} workload without its program's output, so there are no log lines; docker top ${g.name} lists its processes)\n`);
}
