/**
 * echo, in two dialects: POSIX shells join the arguments with spaces (`-n` drops the
 * newline); cmd.exe answers a bare `echo` with the echo state, as it does since DOS.
 */
import { done, type Command } from '../command.ts';

export const echoCommand: Command = {
  name: 'echo',
  summary: 'print the arguments (-n: no newline)',
  run(_ctx, args) {
    const noNewline = args[0] === '-n';
    const words = noNewline ? args.slice(1) : args;
    return done(words.join(' ') + (noNewline ? '' : '\n'));
  },
};

export const cmdEchoCommand: Command = {
  name: 'echo',
  summary: 'display a message',
  run(_ctx, args) {
    return done(args.length === 0 ? 'ECHO is on.\n' : `${args.join(' ')}\n`);
  },
};
