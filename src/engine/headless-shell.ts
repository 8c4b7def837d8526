/**
 * A console driven without a terminal: boots a scenario on one platform, types commands
 * into one console and returns exactly what the terminal shows, with a note for each thing
 * the terminal does not say (a command stopped at the limit below, a guest with no shell to
 * type into). Virtual time advances as the commands run. The CLI's `shell` and the
 * validation's lmbench runs use it.
 */
import type { GuestState } from './metrics/results.ts';
import { MANAGER, PlatformEngine } from './platform-engine.ts';
import type { PlatformKind, Scenario } from './scenario/schema.ts';

/** How long one command may run, in virtual seconds, before it is interrupted: `vmstat 1` or `sleep 100000` would never give the prompt back. */
export const COMMAND_LIMIT_S = 3600;
/** How long to wait for a guest to finish booting, in virtual seconds. */
const BOOT_LIMIT_S = 1800;
/** Virtual-time step while nothing asks to be woken. */
const IDLE_STEP_NS = 100e6;
const NS_PER_S = 1e9;
/** xterm's alternate screen (DECSET / DECRST 1049), which full-screen programs such as `top` draw on. */
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';

export interface HeadlessOptions {
  readonly platform: PlatformKind;
  /** A guest's name, or `manager` for the platform's management host. */
  readonly console: string;
  /** Type at this virtual second; without it, as soon as the guest's shell is up. */
  readonly atS?: number;
  readonly commands: readonly string[];
}

export interface HeadlessRun {
  /** What the terminal showed. */
  readonly output: string;
  /** One line each for what the terminal does not say: a command stopped at COMMAND_LIMIT_S, a guest with no shell. */
  readonly notes: readonly string[];
  /** False when the guest had no shell (refused, down, still booting) when a command was due, so the rest were not typed. */
  readonly typedAll: boolean;
}

/** What a guest console's shell depends on: the guest's state and what put it there. */
export interface GuestStatus {
  readonly spec: { readonly name: string };
  readonly state: GuestState;
  /** Why the platform refused it. */
  readonly reason: string | null;
  readonly crashReason: string | null;
  /** When it last went down, ns (−1: never). */
  readonly stoppedAtNs: number;
}

export function headlessShell(scenario: Scenario, o: HeadlessOptions): HeadlessRun | { error: string } {
  const engine = new PlatformEngine(scenario, o.platform);
  const opened = engine.openConsole(o.console);
  if ('error' in opened) return { error: `${opened.error} (consoles: ${[MANAGER, ...scenario.guests.map((g) => g.name)].join(', ')})` };
  const id = opened.id;
  const guest = o.console === MANAGER ? undefined : engine.sim.guests.find((g) => g.spec.name === o.console);
  if (o.atS !== undefined) engine.advanceTo(o.atS * NS_PER_S);
  let output = '';
  const notes: string[] = [];
  for (let i = 0; i <= o.commands.length; i++) {
    if (guest) waitForBoot(engine, guest);
    engine.advanceTo(engine.now);
    output += engine.read(id);
    const down = guest ? whyNoShell(guest, engine.now, o.platform) : null;
    const command = o.commands[i];
    if (down !== null) {
      const untyped = o.commands.length - i;
      notes.push(`${o.console} has no shell${untyped > 0 ? `, so ${untyped} command${untyped === 1 ? ' was' : 's were'} not typed` : ''}: ${down}`);
      return { output, notes, typedAll: untyped === 0 };
    }
    if (command === undefined) break;
    const ran = runCommand(engine, id, command);
    output += ran.output;
    if (ran.stopped) notes.push(`'${command}' was stopped (^C) at the headless shell's limit of ${COMMAND_LIMIT_S} virtual s per command (COMMAND_LIMIT_S, src/engine/headless-shell.ts)`);
  }
  return { output, notes, typedAll: true };
}

/** Types one command and runs it to its prompt, or interrupts it at COMMAND_LIMIT_S. */
function runCommand(engine: PlatformEngine, id: number, command: string): { output: string; stopped: boolean } {
  engine.write(id, `${command}\r`);
  const deadline = engine.now + COMMAND_LIMIT_S * NS_PER_S;
  engine.advanceTo(engine.now);
  let output = '';
  while (engine.busy(id) && engine.now < deadline) {
    const wake = engine.nextWakeNs();
    engine.advanceTo(Math.min(deadline, wake !== null && wake > engine.now ? wake : engine.now + IDLE_STEP_NS));
    output += engine.read(id);
  }
  const stopped = engine.busy(id);
  if (stopped) engine.write(id, '\x03');
  engine.advanceTo(engine.now);
  return { output: mainScreenAfter(output, engine.read(id)), stopped };
}

/**
 * `running` then `end` (the ^C, the prompt), with the alternate screen left between them when a
 * full-screen program's own exit sequence was lost (its guest crashed under it): the reader's
 * terminal must not stay on the other screen, nor lose the prompt with it.
 */
function mainScreenAfter(running: string, end: string): string {
  const all = running + end;
  return all.lastIndexOf(ENTER_ALTERNATE_SCREEN) > all.lastIndexOf(LEAVE_ALTERNATE_SCREEN) ? running + LEAVE_ALTERNATE_SCREEN + end : all;
}

/** A guest still booting: wait, as a person at its console would, until its shell is up (or it cannot run). */
function waitForBoot(engine: PlatformEngine, guest: GuestStatus): void {
  const limit = engine.now + BOOT_LIMIT_S * NS_PER_S;
  while (guest.state === 'booting' && engine.now < limit) engine.advanceTo(engine.now + NS_PER_S);
}

/** Why a guest's console has no shell to type into at `nowNs` (the reason last: it may be long); null when it has one. */
export function whyNoShell(g: GuestStatus, nowNs: number, platform: PlatformKind): string | null {
  const at = (ns: number): string => `${Math.round(ns / 1e8) / 10} virtual s`;
  switch (g.state) {
    case 'running':
      return null;
    case 'refused':
      return `it cannot run on ${platform}: ${g.reason ?? 'refused'}`;
    case 'crashed':
      return `it crashed at ${at(g.stoppedAtNs)}: ${g.crashReason ?? 'no reason recorded'}`;
    case 'stopped':
      return g.stoppedAtNs >= 0 ? `it is powered off (since ${at(g.stoppedAtNs)})` : 'it is powered off (it was never started)';
    case 'booting':
      return `it was still booting at ${at(nowNs)}, after ${BOOT_LIMIT_S} virtual s of waiting`;
  }
}

/** Removes ANSI escape sequences and carriage returns, for output that is not a terminal. */
export function plainText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r\n?/g, '\n');
}
