/**
 * `docker ps [-a] [-q]`, `docker start`, `docker stop`: the container list in Docker's
 * tabwriter layout, and starting or stopping containers by name or ID.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { humanDuration } from '../common/clock.ts';
import { lines, tabwriter } from '../common/text.ts';
import { shortId, longId, type ContainerBook } from './containers.ts';

/** Docker's exit status for a command-line error. */
export const CLI_ERROR = 125;

export function flagError(flag: string, sub: string): CommandDone {
  const what = flag.startsWith('--') ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.charAt(1)}' in ${flag}`;
  return done(`${what}\nSee 'docker ${sub} --help'.\n`, CLI_ERROR);
}

/** A container by name, full ID or an unambiguous ID prefix. */
export function findContainer(manager: GuestManager, ref: string): ManagedGuest | undefined {
  const byName = findGuest(manager, ref);
  if (byName !== undefined) return byName;
  if (!/^[0-9a-f]+$/.test(ref)) return undefined;
  const matches = manager.list().filter((g) => longId(g.name).startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
}

function status(g: ManagedGuest, book: ContainerBook, now: number): string {
  if (isUp(g)) return `Up ${humanDuration(g.uptimeNs)}${g.paused === true ? ' (Paused)' : ''}`;
  // The engine knows when it went down, also when nobody typed docker stop (an OOM kill, a panic).
  const stopped = g.stoppedNs ?? book.stoppedNs(g);
  return (g.state === 'stopped' || g.state === 'crashed') && stopped !== undefined ? `Exited (${book.exitCode(g)}) ${humanDuration(now - stopped)} ago` : 'Created';
}

export function dockerPs(ctx: CommandContext, manager: GuestManager, book: ContainerBook, args: readonly string[]): CommandDone {
  let all = false;
  let quiet = false;
  for (const a of args) {
    if (a === '--all') all = true;
    else if (a === '--quiet') quiet = true;
    else if (/^-[aq]+$/.test(a)) {
      all ||= a.includes('a');
      quiet ||= a.includes('q');
    } else return a.startsWith('-') ? flagError(/^-[^-]/.test(a) ? `-${a.replace(/[-aq]/g, '').charAt(0)}` : a, 'ps') : done(`"docker ps" accepts no arguments.\nSee 'docker ps --help'.\n`, 1);
  }
  const now = ctx.machine.now();
  // Newest first, as docker lists them.
  const shown = manager
    .list()
    .filter((g) => all || isUp(g))
    .sort((a, b) => book.createdNs(b) - book.createdNs(a) || b.id - a.id);
  if (quiet) return done(lines(shown.map((g) => shortId(g.name))));
  return done(
    tabwriter([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ...shown.map((g) => [shortId(g.name), book.image(g), `"${g.workload}"`, `${humanDuration(now - book.createdNs(g))} ago`, status(g, book, now), '', g.name]),
    ]),
  );
}

export function dockerStartStop(ctx: CommandContext, manager: GuestManager, book: ContainerBook, sub: 'start' | 'stop', refs: readonly string[]): CommandDone {
  const flag = refs.find((r) => r.startsWith('-'));
  if (flag !== undefined) return flagError(flag, sub);
  if (refs.length === 0) return done(`"docker ${sub}" requires at least 1 argument.\nSee 'docker ${sub} --help'.\n`, 1);
  const out: string[] = [];
  const failed: string[] = [];
  for (const ref of refs) {
    const g = findContainer(manager, ref);
    let err: string | null;
    if (g === undefined) err = `No such container: ${ref}`;
    else if (sub === 'start') err = isUp(g) ? null : manager.start(g.name);
    // A frozen container takes no signal: Docker 1.12's stop fails at its SIGTERM and its SIGKILL (daemon/stop.go, kill.go).
    else if (isUp(g) && g.paused === true) err = `Cannot stop container ${ref}: Container ${longId(g.name)} is paused. Unpause the container before stopping`;
    else err = isUp(g) ? manager.stop(g.name) : null;
    if (err !== null) {
      out.push(`Error response from daemon: ${err}`);
      failed.push(ref);
      continue;
    }
    if (g !== undefined) {
      if (sub === 'start') book.started(g.name);
      else if (book.stoppedNs(g) === undefined || isUp(g)) book.stopped(g.name, ctx.machine.now());
    }
    out.push(ref);
  }
  if (failed.length > 0) out.push(`Error: failed to ${sub} containers: ${failed.join(', ')}`);
  return done(lines(out), failed.length > 0 ? 1 : 0);
}
