/**
 * A console driven without a terminal: boots a scenario on one platform, types commands
 * into one console and returns exactly what the terminal shows. Virtual time advances as
 * the commands run. The CLI's `shell` and the validation's lmbench runs use it.
 */
import { MANAGER, PlatformEngine } from './platform-engine.ts';
import type { PlatformKind, Scenario } from './scenario/schema.ts';

/** How long one command may run, in virtual seconds, before it is interrupted. */
const COMMAND_LIMIT_S = 3600;
/** How long to wait for a guest to finish booting, in virtual seconds. */
const BOOT_LIMIT_S = 1800;
/** Virtual-time step while nothing asks to be woken. */
const IDLE_STEP_NS = 100e6;

export interface HeadlessOptions {
  readonly platform: PlatformKind;
  /** A guest's name, or `manager` for the platform's management host. */
  readonly console: string;
  /** Type at this virtual second; without it, as soon as the guest's shell is up. */
  readonly atS?: number;
  readonly commands: readonly string[];
}

export function headlessShell(scenario: Scenario, o: HeadlessOptions): { output: string } | { error: string } {
  const engine = new PlatformEngine(scenario, o.platform);
  const opened = engine.openConsole(o.console);
  if ('error' in opened) return { error: `${opened.error} (consoles: ${[MANAGER, ...scenario.guests.map((g) => g.name)].join(', ')})` };
  const id = opened.id;
  let out = '';
  if (o.atS !== undefined) engine.advanceTo(o.atS * 1e9);
  if (o.console !== MANAGER) {
    // A guest still booting: wait, as a person at its console would, until its shell is up (or it cannot run).
    const guest = engine.sim.guests.find((g) => g.spec.name === o.console);
    while (guest && guest.state === 'booting' && engine.now < BOOT_LIMIT_S * 1e9) engine.advanceTo(engine.now + 1e9);
    engine.advanceTo(engine.now);
  }
  out += engine.read(id);
  for (const command of o.commands) {
    engine.write(id, `${command}\r`);
    const deadline = engine.now + COMMAND_LIMIT_S * 1e9;
    engine.advanceTo(engine.now);
    while (engine.busy(id) && engine.now < deadline) {
      const wake = engine.nextWakeNs();
      engine.advanceTo(Math.min(deadline, wake !== null && wake > engine.now ? wake : engine.now + IDLE_STEP_NS));
      out += engine.read(id);
    }
    if (engine.busy(id)) engine.write(id, '\x03');
    engine.advanceTo(engine.now);
    out += engine.read(id);
  }
  return { output: out };
}

/** Removes ANSI escape sequences and carriage returns, for output that is not a terminal. */
export function plainText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r\n?/g, '\n');
}
