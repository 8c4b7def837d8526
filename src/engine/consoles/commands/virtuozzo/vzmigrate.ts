/**
 * `vzmigrate --online <destination> <ctid>` (Virtuozzo/OpenVZ): syncs the container's
 * files to the other node while it runs, then checkpoints it (freezes its processes and
 * dumps their memory and kernel objects), copies the dump, restores and resumes it there.
 * Prints vzmigrate's steps when the move is done. Offline migration (stop, copy, start)
 * is not modelled.
 */
import { done, type Command } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { runMigration } from '../common/migration-run.ts';
import { lines } from '../common/text.ts';
import { ctidOf, findContainer } from './containers.ts';

const USAGE = lines([
  'Usage: vzmigrate [-r yes|no] [--online] [-v] destination_address <CTID>',
  '    --online    perform online (zero-downtime) migration: checkpoint and restore',
  '    -r yes|no   remove the container on the source node (accepted, not modelled)',
]);

export function vzmigrate(env: ConsoleEnv): Command {
  return {
    name: 'vzmigrate',
    summary: 'Virtuozzo: vzmigrate --online <destination> <ctid> (checkpoint, copy, restore)',
    run(ctx, args) {
      const words: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === '-r') i++;
        else if (a !== '--online' && a !== '-v') words.push(a);
      }
      if (words.length !== 2 || words.some((w) => w.startsWith('-'))) return done(USAGE, 1);
      if (!args.includes('--online')) return done('vzmigrate: only --online migration (checkpoint and restore) is modelled here\n', 1);
      const [dest = '', ref = ''] = words;
      const ct = findContainer(env.manager, ref);
      if (ct === undefined) return done(`Error: CT ${ref} does not exist\n`, 1);
      const id = ctidOf(ct);
      return runMigration(ctx, env.manager, ct.name, {}, {
        success: () =>
          lines([
            `Starting online migration of CT ${id} to ${dest}`,
            'Preparing remote node',
            'Syncing private',
            'Live migrating container...',
            'Dumping container',
            'Copying dumpfile',
            'Undumping container',
            'Resuming container',
            'Cleanup',
          ]),
        failure: (reason) => `Error: can't migrate CT ${id}: ${reason}\n`,
      });
    },
  };
}
