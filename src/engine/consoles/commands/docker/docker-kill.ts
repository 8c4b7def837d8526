/**
 * `docker kill [-s KILL] CONTAINER...`: SIGKILL to the container's main process, which takes
 * the whole container down at once. The engine ends a stopped guest's work at once for
 * `docker stop` as well (no SIGTERM and grace period are modelled), so kill stops the
 * container as stop does; what differs is how it exited: 128 + 9, `Exited (137)` in docker
 * ps. Other signals would reach only the main process, which the model does not signal: they
 * are refused. Errors as Docker 1.12's daemon words them (daemon/kill.go): a container that
 * is not running, or paused.
 */
import { done, type CommandDone, type CommandContext } from '../../../shell/command.ts';
import type { GuestManager } from '../../guest-manager.ts';
import { isUp } from '../common/guests.ts';
import { longId, type ContainerBook } from './containers.ts';
import { eachContainer } from './each-container.ts';

/** SIGKILL's exit status as Docker reports it: 128 + 9. */
export const KILLED_EXIT_CODE = 137;

const KILL_NAMES = new Set(['KILL', 'SIGKILL', '9']);

/** The refs after -s/--signal, or a refusal when the signal is not SIGKILL. */
function withoutSignal(args: readonly string[]): readonly string[] | CommandDone {
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const inline = /^--signal=(.*)$/.exec(a);
    const signal = inline ? inline[1] : a === '-s' || a === '--signal' ? args[++i] : undefined;
    if (signal === undefined && (inline || a === '-s' || a === '--signal')) return done(`flag needs an argument: ${a}\nSee 'docker kill --help'.\n`, 125);
    if (signal === undefined) refs.push(a);
    else if (!KILL_NAMES.has(signal.toUpperCase())) return done(`Error response from daemon: only SIGKILL is modelled here: a container's processes take no other signal from this console\n`, 1);
  }
  return refs;
}

export function dockerKill(ctx: CommandContext, manager: GuestManager, book: ContainerBook, args: readonly string[]): CommandDone {
  const refs = withoutSignal(args);
  if ('kind' in refs) return refs;
  return eachContainer(manager, 'kill', refs, (g) => {
    const id = longId(g.name);
    if (!isUp(g)) return `Container ${id} is not running`;
    if (g.paused === true) return `Container ${id} is paused. Unpause the container before stopping`;
    const err = manager.stop(g.name);
    if (err === null) book.stopped(g.name, ctx.machine.now(), KILLED_EXIT_CODE);
    return err;
  });
}
