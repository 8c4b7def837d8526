/**
 * A chart with more series than hues (Where the time went, web1 once every platform has booted it) tells them
 * apart by pattern: the parts past the eleventh hue are striped, on screen and in the saved
 * SVG (QA: "waiting for the NIC" drew in user work's orange, so native's bar read as user work).
 */
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { expect, openPlayground, runUntil, test } from './support/playground.ts';

test('Where the time went: parts beyond the distinct hues are patterned, in the saved SVG too', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Where the time went' });
  await expect(card.locator('canvas')).toHaveCSS('display', 'block');
  await card.getByRole('button', { name: 'Table' }).click();
  // More parts than the eleven hues (the total row aside).
  expect((await card.getByRole('rowheader').count()) - 1).toBeGreaterThan(11);
  await card.getByRole('button', { name: 'Table' }).click();

  const [d]: [Download, void] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Save Where the time went as SVG' }).click()]);
  const text = (await readFile(await d.path())).toString('utf8');
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, patterns: doc.querySelectorAll('pattern').length, texts: [...doc.querySelectorAll('text')].map((e) => e.textContent ?? '') };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.texts).toContain('waiting for the NIC');
  expect(parsed.patterns).toBeGreaterThan(0);
});
