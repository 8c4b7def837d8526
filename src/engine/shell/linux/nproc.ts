/**
 * nproc (GNU coreutils): the processing units this process may run on — a VM's vCPUs, or
 * in a container the host's cores (a CPU share or cap limits time, not which CPUs it sees).
 * `--all` counts the installed ones (the same here), `--ignore=N` leaves N out (at least 1).
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

const TRY_HELP = "Try 'nproc --help' for more information.\n";

export const NPROC: Command = {
  name: 'nproc',
  summary: 'print the number of processing units available',
  run(ctx, args) {
    let ignore = 0;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '--all') continue;
      const inline = /^--ignore=(.*)$/.exec(arg);
      const value = inline ? inline[1] : arg === '--ignore' ? args[++i] : undefined;
      if (value === undefined) return done(arg.startsWith('-') ? `nproc: unrecognized option '${arg}'\n${TRY_HELP}` : `nproc: extra operand '${arg}'\n${TRY_HELP}`, 1);
      if (!/^\d+$/.test(value)) return done(`nproc: invalid number: '${value}'\n`, 1);
      ignore = Number(value);
    }
    return done(`${Math.max(1, ctx.machine.cpu().count - ignore)}\n`);
  },
};
