/**
 * `cat` on the hardware node, where /proc/user_beancounters lists every running container's
 * beancounters (beancounters.ts). The shell's own cat does the rest: the file is laid over
 * the node's file system for the read.
 */
import type { Command } from '../../../shell/command.ts';
import { CAT } from '../../../shell/linux/cat.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { userBeancounters, type PeakBook } from './beancounters.ts';
import { withProcFile } from './proc-overlay.ts';

export const BEANCOUNTERS_PATH = '/proc/user_beancounters';

export function nodeCat(env: ConsoleEnv, peaks: PeakBook): Command {
  return {
    name: 'cat',
    summary: `${CAT.summary} (${BEANCOUNTERS_PATH}: every container's beancounters)`,
    run: (ctx, args, stdin) => CAT.run({ ...ctx, machine: withProcFile(ctx.machine, BEANCOUNTERS_PATH, () => userBeancounters(env, peaks, ctx.machine)) }, args, stdin),
  };
}
