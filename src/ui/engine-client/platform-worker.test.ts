import { describe, expect, test } from 'vitest';
import { loadPreset } from '../../engine/index.ts';
import { BUILD_HANG_TIMEOUT_MS, DEFAULT_HANG_TIMEOUT_MS, HangError, WorkerTerminatedError, createInProcessPlatformWorker } from './platform-worker.ts';
import { fakeClock } from './testing/fake-clock.ts';

const scenario = loadPreset('classroom-default');

describe('a platform worker over a MessageChannel', () => {
  test('serves the engine API as promises', async () => {
    const w = createInProcessPlatformWorker('bare-metal');
    try {
      expect(await w.load(scenario, 'bare-metal')).toEqual({ ok: true });
      const snap = await w.advanceTo(1e9);
      expect(snap.kind).toBe('bare-metal');
      expect(snap.nowNs).toBe(1e9);
      expect(await w.openConsole('no-such-guest')).toHaveProperty('error');
      expect(await w.recording()).toEqual([]);
    } finally {
      w.terminate();
    }
  });

  test('rejects a call the worker does not answer in time with a HangError', async () => {
    const clock = fakeClock();
    const w = createInProcessPlatformWorker('hosted', { schedule: clock.schedule, timeoutMs: 1_000 });
    try {
      await w.load(scenario, 'hosted');
      w.freeze();
      const call = w.advanceTo(1e9);
      clock.advance(999);
      clock.advance(1);
      const e: unknown = await call.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(HangError);
      expect((e as HangError).method).toBe('advanceTo');
      expect(clock.pending()).toBe(0);
    } finally {
      w.terminate();
    }
  });

  test('a load, which builds the whole model, is allowed BUILD_HANG_TIMEOUT_MS before it counts as hung', async () => {
    const clock = fakeClock();
    const w = createInProcessPlatformWorker('hosted', { schedule: clock.schedule });
    try {
      w.freeze();
      const call = w.load(scenario, 'hosted');
      let failed = false;
      call.catch(() => (failed = true));
      clock.advance(DEFAULT_HANG_TIMEOUT_MS);
      await Promise.resolve();
      expect(failed).toBe(false);
      clock.advance(BUILD_HANG_TIMEOUT_MS - DEFAULT_HANG_TIMEOUT_MS);
      const e: unknown = await call.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(HangError);
      expect((e as HangError).method).toBe('load');
      expect((e as HangError).timeoutMs).toBe(BUILD_HANG_TIMEOUT_MS);
    } finally {
      w.terminate();
    }
  });

  test('terminate rejects the calls still waiting and every later one', async () => {
    const clock = fakeClock();
    const w = createInProcessPlatformWorker('container', { schedule: clock.schedule });
    w.freeze();
    const waiting = w.load(scenario, 'container');
    w.terminate();
    await expect(waiting).rejects.toBeInstanceOf(WorkerTerminatedError);
    await expect(w.recording()).rejects.toBeInstanceOf(WorkerTerminatedError);
    expect(clock.pending()).toBe(0);
  });

  test('an engine error rejects the call with its message', async () => {
    const w = createInProcessPlatformWorker('native');
    try {
      await expect(w.advanceTo(1)).rejects.toThrow(/no scenario loaded/);
    } finally {
      w.terminate();
    }
  });
});
