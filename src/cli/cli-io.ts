import { NO_PROGRESS, terminalProgress, type Progress } from './progress-bar.ts';

/** Where a command writes: the process's streams from main.ts, buffers in tests and the fuzz suite. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether standard output is a terminal (colour codes, a progress bar). */
  readonly isTTY: boolean;
  /** A progress display for long work: a bar on a terminal, nothing when the output goes elsewhere. */
  readonly progress: (label: string) => Progress;
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  // Only when the output is a terminal too: piped results come with nothing else on the screen.
  progress: (label) => (process.stdout.isTTY ? terminalProgress(label) : NO_PROGRESS),
};

/**
 * Ends the process quietly when the reader of its output has gone (`cli presets | head -1`):
 * as a Unix tool killed by SIGPIPE, with no message, where Node would throw EPIPE with a
 * stack trace. The status is the command's own, already set when the write fails.
 */
export function endQuietlyWhenTheReaderLeaves(stream: NodeJS.WritableStream): void {
  stream.on('error', (e: unknown) => {
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPIPE') process.exit();
    throw e;
  });
}
