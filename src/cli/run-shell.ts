/**
 * `cli shell`: boots a scenario on one platform, types commands into one console and
 * prints exactly what the terminal shows — for tests, for preparing a class, for scripted
 * demos. The engine's headless shell does the work; this checks the options.
 */
import { headlessShell, PLATFORM_KINDS, type PlatformKind, type Scenario } from '../engine/index.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { UsageError } from './usage-error.ts';

export interface ShellOptions {
  readonly platform: string;
  readonly console: string;
  readonly atS?: number;
  readonly commands: readonly string[];
}

export function runShell(scenario: Scenario, o: ShellOptions): string {
  if (!PLATFORM_KINDS.includes(o.platform as PlatformKind)) throw new UsageError(`--platform must be one of ${PLATFORM_KINDS.join(', ')}, not ${quoted(o.platform)}`);
  const r = headlessShell(scenario, { ...o, platform: o.platform as PlatformKind });
  if ('error' in r) throw new UsageError(r.error);
  return r.output;
}
