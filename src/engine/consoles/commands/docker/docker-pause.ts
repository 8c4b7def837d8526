/**
 * `docker pause` and `docker unpause`: the freezer cgroup stops every process of the
 * container until unpaused; it keeps its memory, and its work and CPU time stand still. The
 * guest manager's pause and resume do that to the engine's guest, as xm pause and virsh
 * suspend do to a VM. Errors as Docker 1.12's daemon words them (daemon/pause.go,
 * daemon/unpause.go): a container that is not running, already paused, or not paused.
 */
import type { CommandDone } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { isUp } from '../common/guests.ts';
import { longId } from './containers.ts';
import { eachContainer } from './each-container.ts';

export function dockerPause(manager: GuestManager, sub: 'pause' | 'unpause', refs: readonly string[]): CommandDone {
  return eachContainer(manager, sub, refs, (g: ManagedGuest) => {
    const id = longId(g.name);
    if (sub === 'pause' && !isUp(g)) return `Container ${id} is not running`;
    if (sub === 'pause' && g.paused === true) return `Container ${id} is already paused`;
    if (sub === 'unpause' && g.paused !== true) return `Container ${id} is not paused`;
    if (manager.pause === undefined || manager.resume === undefined) return `Cannot ${sub} container ${id}: this host cannot freeze its containers`;
    return sub === 'pause' ? manager.pause(g.name) : manager.resume(g.name);
  });
}
