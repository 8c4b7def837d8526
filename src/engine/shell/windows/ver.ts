/** ver and hostname in cmd.exe: the version line is machine.osName, the name machine.hostname. */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const VER: Command = {
  name: 'ver',
  summary: 'display the Windows version',
  run: (ctx) => done(`\n${ctx.machine.osName}\n`),
};

export const WIN_HOSTNAME: Command = {
  name: 'hostname',
  summary: "print the computer's name",
  run(ctx, args) {
    if (args.length > 0) return done('sethostname: Use the Network Control Panel Applet to set hostname.\n', 1);
    return done(ctx.machine.hostname + '\n');
  },
};
