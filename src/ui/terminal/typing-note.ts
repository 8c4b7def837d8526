/**
 * What a console says when typing meets a console that cannot answer yet. A guest's
 * console reads no keys until its shell is up (the engine drops them, as a console with
 * no login prompt would), and a command runs only as the virtual clock does; a lab opened
 * by its link waits at 0:00:00 for Run. Without a word the typed line just vanished.
 */
import { MANAGER, type GuestResult } from '../../engine/index.ts';
import { parseConsoleKey } from '../engine-client/console-refs.ts';
import { formatClock } from '../components/format/format.ts';
import type { PlaygroundState } from '../store/playground-state.ts';

/** Whether a console's shell reads keys now: 'up', or why not. 'not-started': the clock has not moved, so nothing has powered on. */
export type ShellState = 'up' | 'not-started' | Exclude<GuestResult['state'], 'running'>;

/** What the student's typing met: keys a guest without a shell dropped, or a line that waits for a paused clock. */
export interface TypingSnag {
  readonly key: string;
  readonly kind: 'keys-lost' | 'paused';
  /** The virtual instant of the typing, ns. */
  readonly atNs: number;
}

type Situation = Pick<PlaygroundState, 'platforms' | 'runState' | 'nowNs'>;

/** A console's shell as the latest snapshot has it; a manager's shell, or a guest the snapshot does not carry, counts as up. */
export function shellOf(p: Situation, key: string): ShellState {
  const ref = parseConsoleKey(key);
  if (!ref || ref.target === MANAGER) return 'up';
  const state = p.platforms[ref.platform].snapshot?.result.guests.find((g) => g.name === ref.target)?.state;
  if (state === undefined || state === 'running') return 'up';
  return state === 'booting' && p.nowNs === 0 ? 'not-started' : state;
}

/** A colour or cursor sequence (CSI), which prints nothing to read. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * Follows the keys sent to consoles and what they print, and says when there is a snag.
 * A line entered while the clock stands still is a snag only if its command printed
 * nothing at once: the engine answers a line in the same output as the line's own echo
 * (xm list's table, top's first frame), so what follows that echo's newline tells.
 */
export class TypingWatch {
  private snag: TypingSnag | null = null;
  private awaiting: { key: string; atNs: number; heard: string } | null = null;

  constructor(
    private readonly situation: () => Situation,
    private readonly onChange: (snag: TypingSnag | null) => void,
  ) {}

  typed(key: string, data: string): void {
    const p = this.situation();
    if (shellOf(p, key) !== 'up') return this.show({ key, kind: 'keys-lost', atNs: p.nowNs });
    const line = /[\r\n]/.test(data);
    // Typing at a prompt again answers a note about lost keys; a new line, any note.
    if (line || this.snag?.kind === 'keys-lost') this.show(null);
    if (line) this.awaiting = p.runState === 'running' ? null : { key, atNs: p.nowNs, heard: '' };
  }

  printed(key: string, data: string): void {
    const a = this.awaiting;
    if (a?.key !== key) return;
    a.heard += data;
    const echoed = a.heard.indexOf('\n');
    if (echoed < 0) return;
    this.awaiting = null;
    if (!/\S/.test(a.heard.slice(echoed + 1).replace(ANSI, ''))) this.show({ key, kind: 'paused', atNs: a.atNs });
  }

  /** Dismissed, or no longer applies. */
  readonly forget = (): void => {
    this.awaiting = null;
    this.show(null);
  };

  private show(snag: TypingSnag | null): void {
    const same = snag === this.snag || (snag && this.snag && snag.key === this.snag.key && snag.kind === this.snag.kind && snag.atNs === this.snag.atNs);
    if (same) return;
    this.snag = snag;
    this.onChange(snag);
  }
}

const NO_SHELL: Readonly<Record<Exclude<ShellState, 'up'>, (guest: string, p: Situation) => string>> = {
  'not-started': (g) => `${g} has not started: the run waits at 0:00:00. Nothing reads its keyboard until its shell is up, so what you typed was lost: press Run (or Step 1 s), then type it at its prompt.`,
  booting: (g, p) =>
    `${g} is still booting. Nothing reads its keyboard until its shell is up, so what you typed was lost: type it at its prompt once it shows.${p.runState === 'running' ? '' : ' The run is paused: press Run.'}`,
  stopped: (g) => `${g} is powered off: nothing reads its keyboard until it is started again.`,
  crashed: (g) => `${g} has crashed: nothing reads its keyboard until it is restarted.`,
  refused: (g) => `${g} cannot run on this platform: nothing reads its keyboard.`,
};

/** The note for a snag as things stand now; null once it no longer applies (the clock moved on from a paused line). */
export function noteText(snag: TypingSnag, p: Situation): string | null {
  const guest = parseConsoleKey(snag.key)?.target ?? snag.key;
  if (snag.kind === 'paused')
    return p.runState === 'running' || p.nowNs !== snag.atNs ? null : `The run is paused at ${formatClock(p.nowNs)}: a command goes on only as the virtual clock runs. Press Run or Step 1 s.`;
  const shell = shellOf(p, snag.key);
  return shell === 'up' ? `${guest}'s shell is up now: what you typed before was lost, so type the line again at its prompt.` : NO_SHELL[shell](guest, p);
}
