/**
 * more: pages text. The terminal here scrolls back, so it passes the pipe or the named
 * files through unchanged rather than waiting for a key per screen.
 */
import { done, type Command } from '../command.ts';
import { readInputs } from './input-text.ts';

export const moreCommand: Command = {
  name: 'more',
  summary: 'show piped input or files (no paging: scroll back instead)',
  run(ctx, args, stdin) {
    let out = '';
    let status = 0;
    for (const source of readInputs(ctx, args, stdin)) {
      if (source.ok) out += source.text;
      else {
        out += `more: ${source.name}: ${source.error}\n`;
        status = 1;
      }
    }
    return done(out, status);
  },
};
