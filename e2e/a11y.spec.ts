import AxeBuilder from '@axe-core/playwright';
import { expect, openPlayground, runUntil, test } from './support/playground.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical accessibility violations', async ({ page }) => {
      await openPlayground(page);
      expect((await page.evaluate(() => window.__virtscope?.state().theme))).toBe(colorScheme);
      await runUntil(page, 20);
      await expect(page.locator('.xterm-rows')).toBeVisible();
      // The page at rest: the pointer off the controls (the Run button last clicked would be in its hover colours).
      await page.mouse.move(0, 0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
      expect(serious).toEqual([]);
    });

    test('the pressed speed button stays readable under the pointer', async ({ page }) => {
      await openPlayground(page);
      const max = page.getByRole('button', { name: 'Speed max' });
      await max.click();
      await expect(max).toHaveAttribute('aria-pressed', 'true');
      await max.hover();
      const { violations } = await new AxeBuilder({ page }).include('.segment[aria-pressed="true"]').withRules(['color-contrast']).analyze();
      expect(violations.map((v) => v.nodes.map((n) => n.failureSummary).join('; '))).toEqual([]);
    });
  });
}
