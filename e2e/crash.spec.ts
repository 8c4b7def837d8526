import { column, expect, openPlayground, PLATFORMS, playgroundState, test } from './support/playground.ts';

test('a crashed platform worker says so, restarts, and every column’s clock keeps going', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Speed 10×' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => (window.__virtscope?.state().nowNs ?? 0) > 1e9);

  await page.evaluate(() => window.__virtscope?.crashPlatform('hosted'));
  const hosted = column(page, 'hosted');
  await expect(hosted).toHaveAttribute('data-health', 'crashed');
  await expect(hosted.getByRole('alert')).toContainText('crashed');
  // The other columns keep running meanwhile.
  const atCrash = (await playgroundState(page)).nowNs;
  await expect.poll(async () => (await playgroundState(page)).platforms.native.snapshot?.nowNs ?? 0).toBeGreaterThan(atCrash);

  await hosted.getByRole('button', { name: /Restart/ }).click();
  await expect(hosted).toHaveAttribute('data-health', 'ok');
  await expect(hosted.getByRole('alert')).toHaveCount(0);
  const atRestart = (await playgroundState(page)).nowNs;
  await expect
    .poll(async () => {
      const s = await playgroundState(page);
      return PLATFORMS.every((k) => (s.platforms[k].snapshot?.nowNs ?? 0) > atRestart);
    })
    .toBe(true);
});
