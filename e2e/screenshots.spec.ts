/**
 * Screenshots of the main views at 1280×720 in both themes, saved as test artifacts
 * (test-results/…). The light overview becomes docs/screenshot.png (the README's) when that
 * file is missing or UPDATE_DOCS_SCREENSHOT=1, so an ordinary run leaves the tree unchanged.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { expect, openConsoleTab, openPlayground, runUntil, terminalRows, test } from './support/playground.ts';

test.use({ viewport: { width: 1280, height: 720 } });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('screenshots of the main views', async ({ page }, testInfo) => {
      await openPlayground(page);
      expect(await page.evaluate(() => window.__virtscope?.state().theme)).toBe(colorScheme);
      // Past every guest's boot (the Windows VM takes longest, about 66 virtual s).
      await runUntil(page, 75);

      const overview = testInfo.outputPath(`overview-${colorScheme}.png`);
      await page.screenshot({ path: overview });
      const docs = 'docs/screenshot.png';
      if (colorScheme === 'light' && (process.env['UPDATE_DOCS_SCREENSHOT'] === '1' || !existsSync(docs))) copyFileSync(overview, docs);

      await openConsoleTab(page, 'web1 · container');
      await page.keyboard.type('uname -a');
      await page.keyboard.press('Enter');
      await expect(terminalRows(page).locator('> div').filter({ hasText: /^Linux web1 / })).toHaveCount(1);
      await page.locator('.terminal-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`consoles-${colorScheme}.png`) });
      await page.getByRole('button', { name: 'All platforms side by side' }).click();
      const grid = page.locator('.terminal-viewport[data-layout="grid"] .xterm-rows');
      await expect(grid).toHaveCount(4);
      for (let i = 0; i < 4; i++) await expect(grid.nth(i)).toContainText('root@web1');
      await page.screenshot({ path: testInfo.outputPath(`consoles-grid-${colorScheme}.png`) });

      await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
      const comparison = page.getByRole('tabpanel', { name: 'Comparison' });
      await expect(comparison).toBeVisible();
      await expect(comparison).not.toContainText('Loading…');
      await page.screenshot({ path: testInfo.outputPath(`comparison-${colorScheme}.png`) });

      await page.getByRole('button', { name: /Edit scenario/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`editor-${colorScheme}.png`) });
    });
  });
}
