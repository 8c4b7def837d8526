import { describe, expect, test } from 'vitest';
import { MANAGER, PlatformEngine, type RecordedLine } from './platform-engine.ts';
import { PlatformWorkerApi } from './platform-worker-api.ts';
import { loadPreset } from './scenario/presets.ts';
import type { Scenario } from './scenario/schema.ts';

function classroom(): Scenario {
  const s = loadPreset('classroom-default');
  if (!s) throw new Error('classroom-default');
  return s;
}

function consoleOf(engine: PlatformEngine, target: string): number {
  const r = engine.consoleFor(target);
  if ('error' in r) throw new Error(r.error);
  return r.id;
}

/** A session as the page runs it: consoles shown at 0, a fault typed at 0 while stopped, commands later. */
function typedRun(): { engine: PlatformEngine; output: Record<string, string> } {
  const engine = new PlatformEngine(classroom(), 'hosted');
  const ids = { [MANAGER]: consoleOf(engine, MANAGER), web1: consoleOf(engine, 'web1') };
  const output: Record<string, string> = { [MANAGER]: '', web1: '' };
  const readAll = (): void => {
    for (const [target, id] of Object.entries(ids)) output[target] += engine.read(id);
  };
  const typeAt = (ns: number, target: keyof typeof ids, line: string): void => {
    if (ns > engine.now) engine.advanceTo(ns);
    readAll();
    engine.write(ids[target], `${line}\r`);
  };
  typeAt(0, MANAGER, 'inject-fault guest-panic build1');
  typeAt(40e9, 'web1', 'uname -a');
  typeAt(45e9, 'web1', 'ps');
  typeAt(50e9, MANAGER, 'uptime');
  engine.advanceTo(60e9);
  readAll();
  return { engine, output };
}

describe('replaying recorded lines', () => {
  test('a line recorded at 0 is typed at once by replay(), before time moves', () => {
    const engine = new PlatformEngine(classroom(), 'hosted');
    engine.replay([{ atNs: 0, target: MANAGER, line: 'inject-fault guest-panic build1' }]);
    expect(engine.now).toBe(0);
    expect(engine.sim.faults.fired).toBe(1);
    expect(engine.results().faults?.[0]).toMatchObject({ atMs: 0, kind: 'guest-panic', target: 'build1' });
    expect(engine.recording()).toEqual([{ atNs: 0, target: MANAGER, line: 'inject-fault guest-panic build1', columns: 80, rows: 24 }]);
  });

  test('the page gets the console a line was replayed into, with the line and its answer, and the lines still to come', () => {
    const api = new PlatformWorkerApi();
    api.load(classroom(), 'hosted');
    api.replay([
      { atNs: 0, target: MANAGER, line: 'echo typed-at-zero' },
      { atNs: 2e9, target: MANAGER, line: 'echo typed-later' },
    ]);
    // Nobody has attached yet: a snapshot does not read the replay's output out (it would be lost).
    expect(api.snapshot().consoleOutput).toEqual({});
    const attached = api.consoleFor(MANAGER);
    if ('error' in attached) throw new Error(attached.error);
    expect(attached.backlog).toMatch(/echo typed-at-zero\r\ntyped-at-zero\r\n/);
    expect(api.consoleFor(MANAGER)).toEqual({ id: attached.id, backlog: '' });
    const later = api.advanceTo(3e9).consoleOutput[attached.id] ?? '';
    expect(later).toMatch(/echo typed-later\r\ntyped-later\r\n/);
    expect(later).not.toContain('typed-at-zero');
    // A target no line was typed on gets a console of its own.
    const web1 = api.consoleFor('web1');
    expect('id' in web1 && web1.id).not.toBe(attached.id);
  });

  test('a console the page opens before a line is due is the one the line is typed into', () => {
    const engine = new PlatformEngine(classroom(), 'hosted');
    // web1 has booted by then (three VMs boot sharing the disk request by request).
    engine.replay([{ atNs: 50e9, target: 'web1', line: 'hostname' }]);
    const id = consoleOf(engine, 'web1');
    engine.advanceTo(51e9);
    expect(engine.consoleIds()).toEqual([id]);
    expect(engine.read(id)).toMatch(/hostname\r\nweb1\r\n/);
  });

  test('the replayed run prints byte for byte what the typed one printed, with the same results', () => {
    const typed = typedRun();
    const recording: RecordedLine[] = typed.engine.recording();
    expect(recording.map((r) => [r.atNs, r.target, r.line])).toEqual([
      [0, MANAGER, 'inject-fault guest-panic build1'],
      [40e9, 'web1', 'uname -a'],
      [45e9, 'web1', 'ps'],
      [50e9, MANAGER, 'uptime'],
    ]);
    expect(typed.output['web1']).toContain('Linux web1');
    expect(typed.output[MANAGER]).toContain('load average');

    const replayed = new PlatformEngine(classroom(), 'hosted');
    replayed.replay(recording);
    // The page shows web1 from the start and the manager only at the end, in steps of its own.
    const web1 = consoleOf(replayed, 'web1');
    let web1Output = '';
    for (let t = 7e9; replayed.now < 60e9; t += 7e9) {
      replayed.advanceTo(Math.min(t, 60e9));
      web1Output += replayed.read(web1);
    }
    const manager = consoleOf(replayed, MANAGER);
    expect(web1Output).toBe(typed.output['web1']);
    expect(replayed.read(manager)).toBe(typed.output[MANAGER]);
    expect(JSON.stringify(replayed.results())).toBe(JSON.stringify(typed.engine.results()));
    expect(replayed.recording()).toEqual(recording);
  });
});
