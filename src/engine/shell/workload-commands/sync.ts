/**
 * sync (GNU coreutils, before 8.24 took file operands): flush the file systems. On Linux it
 * returns once the dirty pages are on the disk and the journal committed (workloads/dd-writes.ts
 * SYNC_ALL), so after a buffered `dd` it takes as long as writeback has left to do; on
 * Solaris, sync(2) only schedules the writes (sync(2): "the writing, although scheduled, is not
 * necessarily complete upon return") and the command returns at once.
 */
import type { Command, CommandContext, CommandOutcome } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS } from '../../sim/units.ts';
import { SYNC_ALL } from '../../workloads/dd-writes.ts';
import { runOneTask } from './one-task-run.ts';

/** Looks often: `time sync` reads the flush to the millisecond. */
const LOOK_INTERVAL_NS = NS_PER_MS;

export const SYNC_COMMAND: Command = {
  name: 'sync',
  summary: 'write dirty file-system data to the disk',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const extra = args[0];
    if (extra !== undefined) {
      const msg = extra.startsWith('-') && extra !== '-' ? `invalid option -- '${extra.replace(/^-+/, '').charAt(0)}'` : `extra operand \`${extra}'`;
      return done(`sync: ${msg}\nTry \`sync --help' for more information.\n`, 1);
    }
    if (ctx.machine.family !== 'linux') return done('', 0);
    return runOneTask(ctx, {
      spec: { command: 'sync', workload: SYNC_ALL, workers: 1, maxTransactions: 1 },
      header: '',
      lookNs: LOOK_INTERVAL_NS,
      report: () => '',
      failure: (error) => `sync: ${error}\n`,
    });
  },
};
