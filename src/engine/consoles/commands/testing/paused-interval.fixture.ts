/**
 * For tests of pausing a guest from its manager console: a preset runs on one platform to
 * `atS`; the pause command is typed; the guest's figures are read after `pausedS` virtual
 * seconds, then the resume command is typed and they are read again `pausedS` later.
 * Transactions are the engine's count behind the results' throughput; the throughput is
 * what the results (and the guest's card) show.
 */
import { plainText } from '../../../headless-shell.ts';
import { MANAGER, PlatformEngine } from '../../../platform-engine.ts';
import { loadPreset } from '../../../scenario/presets.ts';
import type { PlatformKind } from '../../../scenario/schema.ts';

export interface GuestReading {
  readonly transactions: number;
  /** The results' throughput, per second of the guest's running time. */
  readonly perSecond: number;
  readonly cpuNs: number;
  readonly hostMemoryMiB: number;
  /** The results say it is paused (the guest's card shows it). */
  readonly paused: boolean;
}

export interface PausedInterval {
  /** Just before the pause, at the end of the pause, and as long after the resume. */
  readonly before: GuestReading;
  readonly paused: GuestReading;
  readonly resumed: GuestReading;
  /** What the console showed for the pause and resume commands. */
  readonly output: string;
}

export function pausedInterval(
  preset: string,
  platform: PlatformKind,
  o: { readonly guest: string; readonly atS: number; readonly pausedS: number; readonly pause: string; readonly resume: string },
): PausedInterval {
  const scenario = loadPreset(preset);
  if (!scenario) throw new Error(`${preset} preset missing`);
  const engine = new PlatformEngine(scenario, platform);
  const opened = engine.openConsole(MANAGER);
  if ('error' in opened) throw new Error(opened.error);
  const type = (line: string): void => {
    engine.write(opened.id, `${line}\r`);
    engine.advanceTo(engine.now);
  };
  const read = (): GuestReading => {
    const g = engine.sim.guests.find((x) => x.spec.name === o.guest);
    const managed = engine.manager.list().find((x) => x.name === o.guest);
    const result = engine.results().guests.find((x) => x.name === o.guest);
    if (!g || !managed || !result) throw new Error(`no guest ${o.guest}`);
    return { transactions: g.transactions, perSecond: result.throughput.perSecond, cpuNs: managed.cpuNs, hostMemoryMiB: managed.hostMemoryMiB, paused: result.paused === true };
  };
  engine.advanceTo(o.atS * 1e9);
  engine.read(opened.id);
  const before = read();
  type(o.pause);
  engine.advanceTo(engine.now + o.pausedS * 1e9);
  const paused = read();
  type(o.resume);
  engine.advanceTo(engine.now + o.pausedS * 1e9);
  return { before, paused, resumed: read(), output: plainText(engine.read(opened.id)) };
}
