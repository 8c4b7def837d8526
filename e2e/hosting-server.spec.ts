/**
 * A scenario of hundreds of guests (the hosting-server preset, 300): the page renders,
 * each column groups its guest cards (a count by state, a search, the first cards and
 * "show all"), and a guest found by name opens its console.
 */
import { column, expect, guestCard, openPlayground, test } from './support/playground.ts';

test('300 guests: the cards are grouped, a guest is found by name and its console opens', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page);
  await page.getByRole('button', { name: /^Gallery/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gallery' });
  await dialog.getByRole('button', { name: 'Open: A hosting server: 300 customers' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'hosting-server' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });

  const container = column(page, 'container');
  await expect(container.locator('.guest-list')).toHaveAttribute('data-grouped', 'true');
  await expect(container.locator('.guest-states')).toContainText('300 guests:');
  await expect(container.getByRole('article')).toHaveCount(12);
  await expect(container.getByRole('button', { name: 'Show all 300 guests' })).toBeVisible();

  await container.getByRole('searchbox', { name: 'Find a guest on container' }).fill('db300');
  await expect(container.getByRole('article')).toHaveCount(1);
  const card = guestCard(page, 'db300', 'container');
  await card.getByRole('button', { name: 'Open the console of db300 on container' }).click();
  await expect(page.getByRole('tab', { name: /db300/, selected: true })).toBeVisible();
});
