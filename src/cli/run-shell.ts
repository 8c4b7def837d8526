/**
 * `cli shell`: boots a scenario on one platform, types commands into one console and
 * prints exactly what the terminal shows — for tests, for preparing a class, for scripted
 * demos. Virtual time advances as the commands run.
 */
import { MANAGER, PlatformEngine, PLATFORM_KINDS, type PlatformKind, type Scenario } from '../engine/index.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { UsageError } from './usage-error.ts';

/** How long one command may run, in virtual seconds, before the CLI interrupts it. */
const COMMAND_LIMIT_S = 3600;
/** How long to wait for a guest to finish booting, in virtual seconds. */
const BOOT_LIMIT_S = 1800;
/** Virtual-time step while nothing asks to be woken. */
const IDLE_STEP_NS = 100e6;

export interface ShellOptions {
  readonly platform: string;
  readonly console: string;
  readonly atS?: number;
  readonly commands: readonly string[];
}

export function runShell(scenario: Scenario, o: ShellOptions): string {
  if (!PLATFORM_KINDS.includes(o.platform as PlatformKind)) throw new UsageError(`--platform must be one of ${PLATFORM_KINDS.join(', ')}, not ${quoted(o.platform)}`);
  const engine = new PlatformEngine(scenario, o.platform as PlatformKind);
  const opened = engine.openConsole(o.console);
  if ('error' in opened) throw new UsageError(`${opened.error} (consoles: ${[MANAGER, ...scenario.guests.map((g) => g.name)].join(', ')})`);
  const id = opened.id;
  let out = '';
  if (o.atS !== undefined) engine.advanceTo(o.atS * 1e9);
  else if (o.console !== MANAGER) {
    // Boot: advance until the guest's shell is up (or it cannot run).
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
  return out;
}

/** Removes ANSI escape sequences and carriage returns, for output that is not a terminal. */
export function plainText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r\n?/g, '\n');
}
