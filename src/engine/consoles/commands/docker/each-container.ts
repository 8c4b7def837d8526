/**
 * How Docker 1.12's client runs a command over several containers (pause, unpause, kill):
 * each one's name as typed on success, each daemon error on a line of its own
 * ("Error response from daemon: ..."), and status 1 if any failed.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { lines } from '../common/text.ts';
import { findContainer, flagError } from './docker-ps.ts';

/** `act` returns the daemon's error for that container, or null when it did it. */
export function eachContainer(manager: GuestManager, sub: string, refs: readonly string[], act: (g: ManagedGuest) => string | null): CommandDone {
  const flag = refs.find((r) => r.startsWith('-'));
  if (flag !== undefined) return flagError(flag, sub);
  if (refs.length === 0) return done(`"docker ${sub}" requires at least 1 argument.\nSee 'docker ${sub} --help'.\n`, 1);
  let failed = false;
  const out = refs.map((ref) => {
    const g = findContainer(manager, ref);
    const err = g === undefined ? `No such container: ${ref}` : act(g);
    failed ||= err !== null;
    return err === null ? ref : `Error response from daemon: ${err}`;
  });
  return done(lines(out), failed ? 1 : 0);
}
