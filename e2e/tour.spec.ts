/**
 * The first-visit tour (walked, skipped, remembered, offered again from Help) and the
 * presenter mode (one key, larger type, high contrast, the chrome hidden).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/playground.ts';

const card = (page: Page) => page.getByRole('dialog', { name: /^Tour: / });

test('a first visit gets the tour: walked stop by stop, remembered, and offered again from Help, where it can be skipped', async ({ page }) => {
  await page.goto('/?stopped');
  const titles = ['Four architectures, side by side', 'The layer stack', 'A guest and its Why?', 'A terminal per guest', 'The comparison'];
  for (const [i, title] of titles.entries()) {
    await expect(card(page)).toHaveAccessibleName(`Tour: ${title}`);
    await expect(card(page)).toContainText(`${i + 1} of 5`);
    // The part of the page it is about is outlined.
    await expect(page.locator('.tour-target')).toHaveCount(1);
    await card(page)
      .getByRole('button', { name: i === titles.length - 1 ? 'Finish' : 'Next' })
      .click();
  }
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('.tour-target')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('dialog', { name: 'Help' }).getByRole('button', { name: 'Take the tour' }).click();
  await expect(card(page)).toContainText('1 of 5');
  await card(page).getByRole('button', { name: 'Next' }).click();
  await card(page).getByRole('button', { name: 'Back' }).click();
  await expect(card(page)).toHaveAccessibleName('Tour: Four architectures, side by side');
  await card(page).getByRole('button', { name: 'Skip the tour' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('the tour keeps the keyboard while open: Tab goes round its buttons, Esc closes it as other dialogs, and it is remembered', async ({ page }) => {
  await page.goto('/?stopped');
  await expect(card(page).getByRole('button', { name: 'Next' })).toBeFocused();
  // Next is the card's last button and the card the page's last element: Tab left the page for its body.
  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('button', { name: 'Skip the tour' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(card(page).getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toContainText('2 of 5');
  await page.keyboard.press('Shift+Tab');
  await expect(card(page).getByRole('button', { name: 'Back' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('.tour-target')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
});

test('in presenter mode the tour steps aside, covering none of the projected page, and comes back after', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?stopped');
  await expect(card(page)).toBeVisible();
  await page.locator('body').press('p');
  await expect(page.locator('.app')).toHaveAttribute('data-presenter', 'true');
  await expect(card(page)).toBeHidden();
  // Nothing of the tour over the columns or the panel's tabs: what is drawn at their centres is theirs.
  for (const part of [page.locator('.platform-column[data-platform="native"] article').first(), page.getByRole('tab', { name: 'Comparison', exact: true })]) {
    const box = await part.boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('.tour-card') !== null, [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2]);
    expect(hit).toBe(false);
  }
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('1 of 5');
});

test('a stop whose part of the page is drawn late (the engines still starting) outlines it once it appears', async ({ page }) => {
  // Hold the engine workers back, as a slow laptop does, so the columns' layer stacks come after the tour's second stop.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/engine\.worker/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?stopped');
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page)).toHaveAccessibleName('Tour: The layer stack');
  release();
  await expect(page.locator('.platform-column[data-platform="hosted"] .layer-stack.tour-target')).toHaveCount(1);
});

test('skipping the tour on the first visit is remembered', async ({ page }) => {
  await page.goto('/?stopped');
  await card(page).getByRole('button', { name: 'Skip the tour' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
});

test('P toggles presenter mode: larger type, high contrast, the chrome hidden', async ({ page }) => {
  await page.goto('/?stopped');
  await card(page).getByRole('button', { name: 'Skip the tour' }).click();
  const app = page.locator('.app');
  const heading = page.locator('.platform-column h2').first();
  const before = await heading.evaluate((e) => e.getBoundingClientRect().height);
  await page.locator('body').press('p');
  await expect(app).toHaveAttribute('data-presenter', 'true');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  expect(await heading.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(before);
  expect(await app.evaluate((e) => getComputedStyle(e).getPropertyValue('--border').trim())).toMatch(/^#(000|fff)$/);
  await page.locator('body').press('p');
  await expect(app).not.toHaveAttribute('data-presenter');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible();

  await page.locator('body').press('p');
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(app).not.toHaveAttribute('data-presenter');
});

test('presenter mode fits the window: the page does not scroll, the terminal and a dialog are on screen', async ({ page }) => {
  await page.goto('/?stopped');
  await card(page).getByRole('button', { name: 'Skip the tour' }).click();
  await page.locator('body').press('p');
  await expect(page.locator('.app')).toHaveAttribute('data-presenter', 'true');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    expect(fits, `${size.width}×${size.height}`).toBe(true);
    const terminal = await page.locator('.terminal-host:not([hidden])').boundingBox();
    expect(terminal, `${size.width}×${size.height}`).not.toBeNull();
    expect((terminal?.y ?? Infinity) + (terminal?.height ?? 0)).toBeLessThanOrEqual(size.height);
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(size.height);
    await page.keyboard.press('Escape');
  }
});
