/** whoami and id: every console here is root's (its prompt says so). */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const WHOAMI: Command = {
  name: 'whoami',
  summary: 'print the user name',
  run: () => done('root\n'),
};

/** id, with the groups Linux lists (Solaris's id prints only uid and gid). */
export function makeId(groups: boolean): Command {
  return {
    name: 'id',
    summary: 'print the user and group ids',
    run: () => done(`uid=0(root) gid=0(root)${groups ? ' groups=0(root)' : ''}\n`),
  };
}
