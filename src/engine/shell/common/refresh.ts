/**
 * A monitor that reports on virtual time (xentop, esxtop, prstat, docker stats, vmstat):
 * a frame at start, then one every interval, for a number of frames or until `q` or
 * Ctrl-C. Full-screen monitors clear the screen before each frame; batch ones append.
 */
import type { RunningCommand } from '../command.ts';

/** ANSI: cursor home, clear screen. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export interface RefreshSpec {
  readonly startNs: number;
  readonly intervalNs: number;
  /** Frames to print, or null to run until `q` or Ctrl-C. */
  readonly count: number | null;
  readonly fullScreen: boolean;
  /** Whether `q` quits (batch modes take no input). */
  readonly quitKey: boolean;
  /** The frame sampled at `nowNs`; `index` counts from 0. */
  frame(nowNs: number, index: number): string;
}

export function refreshing(spec: RefreshSpec): RunningCommand {
  let next = spec.startNs;
  let shown = 0;
  let lastNs = spec.startNs;
  let finished = false;
  let quit = false;
  let status = 0;

  const render = (now: number): string => {
    try {
      return (spec.fullScreen ? CLEAR_SCREEN : '') + spec.frame(now, shown);
    } catch (e) {
      finished = true;
      status = 1;
      return `internal error: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  };

  return {
    advance(nowNs) {
      lastNs = Math.max(lastNs, nowNs);
      if (finished) return { output: '', done: true, status };
      if (quit) {
        finished = true;
        return { output: '', done: true, status };
      }
      let output = '';
      if (nowNs >= next) {
        output = render(nowNs);
        shown++;
        while (next <= nowNs) next += spec.intervalNs;
      }
      if (spec.count !== null && shown >= spec.count) finished = true;
      return { output, done: finished, status };
    },
    // After `q`, wake at once (the last time seen) to finish.
    nextWakeNs: () => (finished ? null : quit ? lastNs : next),
    key(data) {
      if (spec.quitKey && (data === 'q' || data === 'Q')) quit = true;
    },
    interrupt() {
      finished = true;
      return '';
    },
  };
}
