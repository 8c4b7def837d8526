import { expect, test } from 'vitest';
import { loadPreset } from '../../../engine/index.ts';
import { pageWording } from './page-wording.ts';

/** The page's wording for a preset's scenario. */
function wordsFor(preset: string): ReturnType<typeof pageWording> {
  const scenario = loadPreset(preset);
  if (!scenario) throw new Error(`no ${preset} preset`);
  return pageWording(scenario);
}

test('a Verify message names memory figures in words, not by the result fields behind them', () => {
  const words = wordsFor('xen');
  expect(words.figure('platforms.bare-metal.memoryMiB.reclaimedMiB.ballooned')).toBe('memory the balloons took back on Bare-metal');
  expect(words.figure('platforms.bare-metal.memoryMiB.reclaimedMiB.shared-pages')).toBe('memory saved by page sharing on Bare-metal');
  expect(words.figure('platforms.container.guests.web.memoryPressure.oomKills')).toBe('web\'s processes killed by an OOM killer on Containers');
  expect(words.figure('platforms.hosted.rates.throughputByGuest.web')).toBe("web's throughput over the last virtual second on Hosted");
});

test('a figure not measured yet is told with the buttons that move the clock', () => {
  expect(wordsFor('xen').moveClock).toBe('press Run or Step 1 s');
});

test("a guest named as a plural takes the plural's possessive: calls' vs native, not calls's", () => {
  const words = wordsFor('bt-vs-hardware-assist');
  expect(words.figure('platforms.hosted.guests.calls.relativeToNative')).toBe("calls' vs native on Hosted");
  expect(words.figure('platforms.bare-metal.guests.forks.relativeToNative')).toBe("forks' vs native on Bare-metal");
  expect(words.figure('platforms.hosted.guests.web.relativeToNative')).toBe("web's vs native on Hosted");
});
