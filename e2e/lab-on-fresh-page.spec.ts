/**
 * A lab on a first visit: nothing the first minute puts up (the boot note, the tour) sits
 * over the lab's text, whether the lab was started from the Gallery or the student was sent
 * to it by a link.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/playground.ts';

const tourCard = (page: Page) => page.getByRole('dialog', { name: /^Tour: / });

/** Whether the lab step's text is on top where it is drawn: its corners and centre are the panel's own. */
function stepOnTop(page: Page): Promise<boolean> {
  return page.locator('aside.lab-panel section.lab-step').evaluate((step) => {
    const r = step.getBoundingClientRect();
    const bottom = Math.min(r.bottom, window.innerHeight) - 4;
    const points: [number, number][] = [
      [r.left + 4, r.top + 4],
      [r.right - 4, r.top + 4],
      [r.left + 4, bottom],
      [r.right - 4, bottom],
      [(r.left + r.right) / 2, (r.top + bottom) / 2],
    ];
    return points.every(([x, y]) => step.closest('aside')?.contains(document.elementFromPoint(x, y)) ?? false);
  });
}

test('a lab started from the Gallery on a fresh page has neither the boot note nor the tour over it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await expect(tourCard(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'booted in fast-forward' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  await page.getByRole('button', { name: 'Start lab: Steal time' }).click();
  const panel = page.locator('aside.lab-panel');
  await expect(panel.getByRole('heading', { name: 'Steal time' })).toBeVisible();
  await expect(panel.locator('section.lab-step')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'fast-forward' })).toHaveCount(0);
  await expect(tourCard(page)).toHaveCount(0);
  expect(await stepOnTop(page)).toBe(true);

  // Closing the lab brings back neither: the boot they spoke of was another scenario's.
  await panel.getByRole('button', { name: 'Close the lab' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'fast-forward' })).toHaveCount(0);
});

test('a student sent to a lab by its link gets no tour over it, even on a stopped page', async ({ page }) => {
  await page.goto('/?stopped#lab=density');
  const panel = page.locator('aside.lab-panel');
  await expect(panel.locator('section.lab-step')).toBeVisible();
  await expect(tourCard(page)).toHaveCount(0);
});
