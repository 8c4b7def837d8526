/**
 * Commands that exist only for the shell session's tests: a ticker that runs in virtual time,
 * one that throws, one that floods past the output cap, a full-screen monitor that does, and
 * one that prints the terminal's size.
 */
import { done, type Command, type RunningCommand } from './command.ts';
import { MAX_COMMAND_OUTPUT } from './output-budget.ts';

export const S = 1e9;

/** Prints "tick N" once per virtual second, for N seconds; `q` ends it early. */
export const tickerCommand: Command = {
  name: 'ticker',
  summary: 'test: ticks once a second',
  run(ctx, args) {
    const start = ctx.machine.now();
    const total = Number(args[0] ?? '3');
    let printed = 0;
    let quit = false;
    const run: RunningCommand = {
      advance(nowNs) {
        let output = '';
        while (printed < total && start + (printed + 1) * S <= nowNs) output += `tick ${++printed}\n`;
        return { output, done: quit || printed === total, status: 0 };
      },
      nextWakeNs: () => start + (printed + 1) * S,
      key: (data) => {
        if (data === 'q') quit = true;
      },
      interrupt: () => `ticker stopped at ${printed}\n`,
    };
    return { kind: 'running', run };
  },
};

export const boomCommand: Command = {
  name: 'boom',
  summary: 'test: throws',
  run() {
    throw new Error('kaboom');
  },
};

export const floodCommand: Command = {
  name: 'flood',
  summary: 'test: prints 2 MiB',
  run: () => done('y\n'.repeat(MAX_COMMAND_OUTPUT)),
};

/** A full-screen monitor (as top): enters the alternate screen, floods it a second at a time, leaves it on Ctrl-C. */
export const screenFloodCommand: Command = {
  name: 'screenflood',
  summary: 'test: a full-screen monitor past the output cap',
  run(ctx) {
    const start = ctx.machine.now();
    let seconds = 0;
    const run: RunningCommand = {
      advance(nowNs) {
        let output = seconds === 0 ? '\x1b[?1049h\x1b[?25l' : '';
        while (start + (seconds + 1) * S <= nowNs) {
          seconds++;
          output += '\x1b[H' + 'y'.repeat(MAX_COMMAND_OUTPUT / 2);
        }
        return { output, done: false, status: 0 };
      },
      nextWakeNs: () => start + (seconds + 1) * S,
      interrupt: () => '\x1b[?25h\x1b[?1049l',
    };
    return { kind: 'running', run };
  },
};

export const sizeCommand: Command = {
  name: 'size',
  summary: 'test: prints the terminal size',
  run: (ctx) => done(`${ctx.columns}x${ctx.rows}\n`),
};
