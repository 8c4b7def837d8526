import { expect, test } from 'vitest';
import { loadPreset } from '../../../engine/index.ts';
import { pageWording } from './page-wording.ts';

test('a Verify message names memory figures in words, not by the result fields behind them', () => {
  const scenario = loadPreset('xen');
  if (!scenario) throw new Error('no xen preset');
  const words = pageWording(scenario);
  expect(words.figure('platforms.bare-metal.memoryMiB.reclaimedMiB.ballooned')).toBe('memory the balloons took back on Bare-metal');
  expect(words.figure('platforms.bare-metal.memoryMiB.reclaimedMiB.shared-pages')).toBe('memory saved by page sharing on Bare-metal');
  expect(words.figure('platforms.container.guests.web.memoryPressure.oomKills')).toBe('web\'s processes killed by an OOM killer on Containers');
  expect(words.figure('platforms.hosted.rates.throughputByGuest.web')).toBe("web's throughput over the last virtual second on Hosted");
});

test('a figure not measured yet is told with the buttons that move the clock', () => {
  const scenario = loadPreset('xen');
  if (!scenario) throw new Error('no xen preset');
  expect(pageWording(scenario).moveClock).toBe('press Run or Step 1 s');
});
