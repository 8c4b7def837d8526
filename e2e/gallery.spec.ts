import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, guestCard, openPlayground, playgroundState, test } from './support/playground.ts';

/** The page's own fetches so far (the service worker's are not in the page's timeline). */
const fetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

test('the gallery lists the ready scenarios, fetched only when opened, and opens one from the keyboard', async ({ page }) => {
  await openPlayground(page);
  expect((await fetched(page)).filter((p) => p.includes('/presets/'))).toEqual([]);

  const galleryButton = page.getByRole('button', { name: /^Gallery/ });
  await expect(galleryButton).toContainText('classroom-default');
  await galleryButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Gallery' });
  await expect(dialog).toBeVisible();
  for (const title of ['Classroom default', 'The cost of I/O', 'Binary translation vs hardware assist', 'Density: how many guests fit', 'Shadow vs nested paging', 'VMware ESX Server', 'Docker'])
    await expect(dialog.getByRole('region', { name: 'Scenarios' }).getByRole('article', { name: title, exact: true })).toBeVisible();
  await expect(dialog.getByRole('article', { name: 'Shadow vs nested paging' })).toContainText('fork/exec keeps 10 % of native with shadow paging');
  expect(await fetched(page)).toContain('/presets/gallery.json');

  const open = dialog.getByRole('button', { name: 'Open: Shadow vs nested paging' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'shadow-vs-nested-paging' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
  expect(await fetched(page)).toContain('/presets/shadow-vs-nested-paging.json');
  await expect(galleryButton).toContainText('shadow-vs-nested-paging');
  await expect(guestCard(page, 'forks', 'hosted')).toBeVisible();
  expect((await playgroundState(page)).platforms.hosted.snapshot?.result.label).toMatch(/shadow paging/);
});

test('Esc closes the gallery and leaves the running scenario as it was', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Gallery' });
  await expect(dialog.getByRole('heading', { name: 'Classroom labs' })).toBeVisible();
  // Scrolled to the labs, the dialog keeps its title and close button in sight (only its body scrolls).
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: /^Start lab: / })).toHaveCount(10);
  const { violations } = await new AxeBuilder({ page }).include('.gallery-dialog').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await playgroundState(page)).scenario.name).toBe('classroom-default');
});

test('a lab started from the gallery loads its scenario and puts its own link in the address', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  await page.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name: 'Start lab: The cost of I/O' }).click();
  const panel = page.locator('aside.lab-panel');
  await expect(panel.getByRole('heading', { name: 'The cost of I/O' })).toBeVisible();
  await expect(panel).toContainText('0 of 5 steps done');
  await page.waitForFunction(() => window.__virtscope?.state().scenario.name === 'io-comparison');
  expect(new URL(page.url()).hash).toBe('#lab=io-cost');
  await panel.getByRole('button', { name: 'Close the lab' }).click();
  await expect(panel).toBeHidden();
  // The lab's link goes with it; the address may then carry the session's own link (session-sync.ts writes it a moment after a change).
  expect(new URL(page.url()).hash).not.toMatch(/^#lab/);
});
