import type { TranscriptEntry } from '../shell/shell-session.ts';

/** A terminal the engine serves: keystrokes in, bytes out, driven by virtual time. */
export interface Terminal {
  write(data: string): void;
  /** Drains the output produced since the last read. */
  read(): string;
  /** Called after the simulation advanced to `nowNs`. */
  advance(nowNs: number): void;
  /** When it next needs the clock to reach a time (a running command), or null. */
  nextWakeNs(): number | null;
  /** A command is running (the prompt has not come back). */
  readonly busy: boolean;
  /** Lines entered, with their virtual times and the terminal's size when each was. */
  readonly transcript: readonly TranscriptEntry[];
  resize(columns: number, rows: number): void;
}
