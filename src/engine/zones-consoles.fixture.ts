/**
 * For tests: the solaris-containers preset's zones running at 120 virtual seconds, with a
 * console in the web zone (to start work in) and one in the global zone (to look from).
 */
import { PlatformEngine } from './platform-engine.ts';
import { loadPreset } from './scenario/presets.ts';

export function zonesConsoles(): { engine: PlatformEngine; web: number; lookFromGlobal: (line: string) => string } {
  const s = loadPreset('solaris-containers');
  if (!s) throw new Error('preset missing');
  const engine = new PlatformEngine(s, 'container');
  engine.advanceTo(120e9);
  const open = (name: string): number => {
    const c = engine.openConsole(name);
    if ('error' in c) throw new Error(c.error);
    return c.id;
  };
  const web = open('web');
  const global = open('manager');
  /** Types a line into the global zone's console and returns what it printed at once. */
  const lookFromGlobal = (line: string): string => {
    engine.advanceTo(engine.now + 1);
    engine.read(global);
    engine.write(global, `${line}\r`);
    engine.advanceTo(engine.now + 1);
    return engine.read(global);
  };
  return { engine, web, lookFromGlobal };
}
