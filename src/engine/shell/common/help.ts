/**
 * help: lists this shell's commands with their one-line summaries (derived from the
 * registry, so a newly registered command appears without a hand-kept list), or shows
 * one command's summary.
 */
import { done, type Command } from '../command.ts';

export const helpCommand: Command = {
  name: 'help',
  summary: 'list the commands of this shell, or describe one',
  run(ctx, args) {
    const commands = [...ctx.commands.values()].filter((c) => c.installedOn?.(ctx.machine) ?? true).sort((a, b) => a.name.localeCompare(b.name));
    const topic = args[0];
    if (topic !== undefined) {
      const wanted = topic.toLowerCase();
      const match = commands.find((c) => c.name.toLowerCase() === wanted);
      return match === undefined ? done(`help: no help topics match '${topic}'.\n`, 1) : done(`${match.name} - ${match.summary}\n`);
    }
    const width = Math.max(0, ...commands.map((c) => c.name.length)) + 2;
    return done(commands.map((c) => `${c.name.padEnd(width)}${c.summary}\n`).join(''));
  },
};
