import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, type PlatformKind, type PlatformResult, type PlatformSnapshot, type Scenario } from '../../../engine/index.ts';
import type { PlatformView, PlaygroundState, WorkerHealth } from '../../store/playground-state.ts';
import { pageResults } from './page-results.ts';

const scenario = { name: 'lab 1', seed: 7 } as Scenario;

function view(kind: PlatformKind, nowNs: number | null, health: WorkerHealth = 'ok'): PlatformView {
  const result = { label: kind, guests: [] } as unknown as PlatformResult;
  const snapshot: PlatformSnapshot | null = nowNs === null ? null : { kind, nowNs, result, guests: { from: 0, total: 0 }, rates: { cpuShareByLayer: {}, exitsPerSecond: {}, throughputByGuest: {} }, consoleOutput: {} };
  return { kind, health, snapshot };
}

function state(views: Partial<Record<PlatformKind, PlatformView>> = {}): Pick<PlaygroundState, 'scenario' | 'platforms'> {
  const platforms = Object.fromEntries(PLATFORM_KINDS.map((k) => [k, views[k] ?? view(k, 5e9)])) as Record<PlatformKind, PlatformView>;
  return { scenario, platforms };
}

describe('the results the page exports', () => {
  test("are the engine's results of every platform at the instant they share, in the CLI's shape", () => {
    const r = pageResults(state());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.nowNs).toBe(5e9);
    expect(r.result).toMatchObject({ scenario: 'lab 1', seed: 7, durationS: 5 });
    expect(Object.keys(r.result.platforms)).toEqual([...PLATFORM_KINDS]);
    for (const k of PLATFORM_KINDS) expect(r.result.platforms[k].label).toBe(k);
  });

  test('are refused, saying which platform and why, unless every platform is at one instant', () => {
    const why = (views: Partial<Record<PlatformKind, PlatformView>>): string => {
      const r = pageResults(state(views));
      return r.ok ? 'exported' : r.why;
    };
    expect(why({ native: view('native', null, 'starting') })).toMatch(/^Native is still starting/);
    expect(why({ hosted: view('hosted', 5e9, 'crashed') })).toMatch(/^Hosted has crashed: restart it first/);
    expect(why({ container: view('container', 4e9, 'hung') })).toMatch(/^Containers stopped answering/);
    expect(why({ 'bare-metal': view('bare-metal', 4e9) })).toMatch(/^Bare-metal is catching up/);
  });
});
