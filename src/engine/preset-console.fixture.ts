/**
 * For tests: what a console shows after commands are typed into it, in a preset (by name)
 * or a scenario, on one platform — headlessShell's output without colour codes, with a
 * missing preset or a console that cannot open failing the test.
 */
import { headlessShell, plainText, type HeadlessOptions } from './headless-shell.ts';
import { loadPreset } from './scenario/presets.ts';
import type { Scenario } from './scenario/schema.ts';

export function typedInto(scenario: string | Scenario, where: Omit<HeadlessOptions, 'commands'>, commands: readonly string[]): string {
  const s = typeof scenario === 'string' ? loadPreset(scenario) : scenario;
  if (!s) throw new Error(`${scenario as string} preset missing`);
  const r = headlessShell(s, { ...where, commands });
  if ('error' in r) throw new Error(r.error);
  return plainText(r.output);
}
