import { clock, column, expect, openPlayground, test, virtualNs } from './support/playground.ts';

test('Run advances the virtual clock and the figures move while it runs', async ({ page }) => {
  await openPlayground(page);
  await expect(clock(page)).toContainText('0:00:00');
  await page.getByRole('button', { name: 'Speed 10×' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(clock(page)).toContainText('running');
  await expect(clock(page)).not.toContainText('0:00:00');

  // The layer shares of a column are rates over the last virtual second: two reads while running differ.
  const layers = column(page, 'hosted').locator('.layer-stack');
  const first = await layers.innerText();
  await expect.poll(() => layers.innerText()).not.toBe(first);
});

test('Pause stops the clock and Step advances it by exactly one virtual second', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => virtualNs(page)).toBeGreaterThan(5e9);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(clock(page)).toContainText('paused');

  // A step queues behind a tick still in flight; after it, nothing else moves the clock.
  const step = page.getByRole('button', { name: 'Step 1 s' });
  const beforeFirst = await virtualNs(page);
  await step.click();
  await expect.poll(() => virtualNs(page)).toBeGreaterThan(beforeFirst);
  const paused = await virtualNs(page);
  await step.click();
  await expect.poll(() => virtualNs(page)).toBeGreaterThan(paused);
  expect(await virtualNs(page)).toBe(paused + 1e9);
  await expect(clock(page)).toContainText(formatClock(paused + 1e9));
  await expect(clock(page)).toContainText('paused');
});

/** h:mm:ss, as the toolbar's clock shows virtual time. */
function formatClock(ns: number): string {
  const s = Math.floor(ns / 1e9);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
