/**
 * exit: a real shell would end and close the terminal; this console has nowhere to
 * return to, so it says `logout` and the shell carries on.
 */
import { done, type Command } from '../command.ts';

export const exitCommand: Command = {
  name: 'exit',
  summary: 'leave the shell (here: prints logout; the console stays open)',
  run: () => done('logout\n'),
};
