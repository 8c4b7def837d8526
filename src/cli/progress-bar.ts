/**
 * The progress bar `run` shows on a terminal for a run that takes more than a couple of
 * seconds (cli-progress, on standard error so the results on standard output stay clean).
 * Nothing when standard error is not a terminal, and nothing for a short run.
 */
import { SingleBar, Presets } from 'cli-progress';

/** Wall-clock time before a bar appears: a short run prints only its results. */
const QUIET_MS = 2000;

export interface Progress {
  /** The share done, 0 to 1. */
  readonly update: (fraction: number) => void;
  readonly stop: () => void;
}

export const NO_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const started = Date.now();
  let bar: SingleBar | null = null;
  return {
    update: (fraction) => {
      if (bar === null && Date.now() - started < QUIET_MS) return;
      bar ??= new SingleBar({ stream, format: `${label} [{bar}] {percentage}% · {eta_formatted} left`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
      if (!bar.isActive) bar.start(1000, 0);
      bar.update(Math.round(fraction * 1000));
    },
    stop: () => bar?.stop(),
  };
}
