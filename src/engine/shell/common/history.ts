/** history: the lines entered so far, numbered as bash numbers them (`history N`: the last N). */
import { done, type Command } from '../command.ts';

export const historyCommand: Command = {
  name: 'history',
  summary: 'list the commands entered so far (history N: the last N)',
  run(ctx, args) {
    const limit = args[0];
    if (limit !== undefined && !/^\d+$/.test(limit)) return done(`history: ${limit}: numeric argument required\n`, 1);
    const first = limit === undefined ? 0 : Math.max(0, ctx.history.length - Number(limit));
    const lines = ctx.history.slice(first).map((line, i) => `${String(first + i + 1).padStart(5)}  ${line}\n`);
    return done(lines.join(''));
  },
};
