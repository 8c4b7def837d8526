/**
 * The user's commands as action objects (STYLE 8): one object per command with its name,
 * label, shortcut, when it applies and what it does. The toolbar, the keyboard and the
 * help list all read this one registry; nothing keeps a second list of names.
 */
import type { Playground, PlaygroundState } from '../../store/playground-state.ts';
import { formatSpeed } from '../format/format.ts';

/** What the page itself (not the store) lets a command do. */
export interface PageControls {
  openEditor(): void;
  openHelp(): void;
  togglePresenter(): void;
}

export interface CommandContext {
  readonly playground: Playground;
  readonly page: PageControls;
}

export interface Shortcut {
  /** KeyboardEvent.key, e.g. " " or "." */
  readonly key: string;
  /** How the key is written in the help list and tooltips. */
  readonly label: string;
}

export type CommandGroup = 'run' | 'speed' | 'view' | 'scenario';

export interface Command {
  readonly name: string;
  readonly label: string;
  readonly group: CommandGroup;
  readonly shortcut?: Shortcut;
  /** Whether the command makes sense in this state (the toolbar hides or disables it otherwise). */
  applies(state: PlaygroundState): boolean;
  /** For a choice among several (speed, theme): whether this one is the current one. */
  active?(state: PlaygroundState): boolean;
  perform(ctx: CommandContext): void | Promise<unknown>;
}

/** The speeds the control offers, virtual seconds per wall second. */
export const SPEEDS: readonly number[] = [1, 10, 100, Infinity];

const always = (): boolean => true;

const speedCommand = (speed: number, index: number): Command => ({
  name: `speed-${Number.isFinite(speed) ? speed : 'max'}`,
  label: `Speed ${formatSpeed(speed)}`,
  group: 'speed',
  shortcut: { key: String(index + 1), label: String(index + 1) },
  applies: always,
  active: (s) => s.speed === speed,
  perform: ({ playground }) => playground.setSpeed(speed),
});

export const COMMANDS: readonly Command[] = [
  {
    name: 'run',
    label: 'Run',
    group: 'run',
    shortcut: { key: ' ', label: 'Space' },
    applies: (s) => s.runState !== 'running',
    perform: ({ playground }) => playground.run(),
  },
  {
    name: 'pause',
    label: 'Pause',
    group: 'run',
    shortcut: { key: ' ', label: 'Space' },
    applies: (s) => s.runState === 'running',
    perform: ({ playground }) => playground.pause(),
  },
  {
    name: 'step',
    label: 'Step 1 s',
    group: 'run',
    shortcut: { key: '.', label: '.' },
    applies: always,
    perform: ({ playground }) => playground.step(1),
  },
  ...SPEEDS.map(speedCommand),
  {
    name: 'toggle-theme',
    label: 'Light / dark theme',
    group: 'view',
    shortcut: { key: 't', label: 'T' },
    applies: always,
    active: (s) => s.theme === 'dark',
    perform: ({ playground }) => playground.setTheme(playground.theme === 'dark' ? 'light' : 'dark'),
  },
  {
    name: 'presenter',
    label: 'Presenter mode (large, high contrast, no chrome)',
    group: 'view',
    shortcut: { key: 'p', label: 'P' },
    applies: always,
    perform: ({ page }) => page.togglePresenter(),
  },
  {
    name: 'edit-scenario',
    label: 'Edit scenario…',
    group: 'scenario',
    shortcut: { key: 'e', label: 'E' },
    applies: always,
    perform: ({ page }) => page.openEditor(),
  },
  {
    name: 'help',
    label: 'Help',
    group: 'view',
    shortcut: { key: '?', label: '?' },
    applies: always,
    perform: ({ page }) => page.openHelp(),
  },
];

export function commandByName(name: string): Command {
  const c = COMMANDS.find((x) => x.name === name);
  if (!c) throw new Error(`no command "${name}"`);
  return c;
}

/** The command a key press runs in this state: the first one with that key that applies. */
export function commandForKey(key: string, state: PlaygroundState, commands: readonly Command[] = COMMANDS): Command | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return commands.find((c) => c.shortcut !== undefined && c.shortcut.key === k && c.applies(state));
}

/** One line of the help list per distinct shortcut: commands that share a key share a line. */
export interface HelpEntry {
  readonly keys: string;
  readonly labels: string;
}

export function helpEntries(commands: readonly Command[] = COMMANDS): HelpEntry[] {
  const byKey = new Map<string, string[]>();
  for (const c of commands) {
    if (!c.shortcut) continue;
    const list = byKey.get(c.shortcut.label) ?? [];
    list.push(c.label);
    byKey.set(c.shortcut.label, list);
  }
  return [...byKey].map(([keys, labels]) => ({ keys, labels: labels.join(' / ') }));
}

/** Runs a command if it applies; returns whether it ran. A failed async command is logged, not thrown at a key handler. */
export function dispatch(command: Command, ctx: CommandContext): boolean {
  if (!command.applies(ctx.playground)) return false;
  const r = command.perform(ctx);
  if (r instanceof Promise) r.catch((e: unknown) => console.error(`command ${command.name} failed`, e));
  return true;
}
