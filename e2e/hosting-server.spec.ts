/**
 * A scenario of hundreds of guests (the hosting-server preset, 300): the page renders,
 * each column groups its guest cards (a count by state, a search, the first cards and
 * "show all"), and a guest found by name opens its console, from its card or from the
 * consoles' picker.
 */
import type { Page } from '@playwright/test';
import { column, expect, guestCard, openPlayground, runUntil, test } from './support/playground.ts';

/** Opens the page, then the hosting-server preset from the gallery, and waits for every platform's first snapshot of it. */
async function openHostingServer(page: Page): Promise<void> {
  await openPlayground(page);
  await page.getByRole('button', { name: /^Gallery/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gallery' });
  await dialog.getByRole('button', { name: 'Open: A hosting server: 300 customers' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'hosting-server' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
}

test('300 guests: the cards are grouped, a guest is found by name and its console opens', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostingServer(page);

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

test('300 guests: the console tabs give way to a picker that finds a guest by name, by keyboard, and opens its console (issue 11)', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostingServer(page);
  // The strip holds the management consoles and the shown guest's, not 1,204 tabs.
  const tabs = page.getByRole('tablist', { name: 'Consoles by platform' }).getByRole('tab');
  await expect(tabs).toHaveCount(8);

  const picker = page.getByRole('combobox', { name: "Find a guest's console" });
  await picker.fill('250');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('listbox', { name: 'Guests' });
  await expect(list.getByRole('option')).toHaveText(['site250']);
  await picker.press('Enter');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('tab', { name: 'site250 · native', selected: true })).toBeVisible();
  await expect(tabs).toHaveCount(8);

  // Arrow keys walk the list; the option reached is the one Enter opens.
  await picker.fill('site00');
  await picker.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'site002' })).toHaveAttribute('aria-selected', 'true');
  await picker.press('Enter');
  await expect(page.getByRole('tab', { name: 'site002 · native', selected: true })).toBeVisible();

  // A click on an option works too: the list shows above the low console bar, not clipped by the panel.
  await picker.fill('db21');
  await list.getByRole('option', { name: 'db210', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'db210 · native', selected: true })).toBeVisible();
});

test('300 guests: a per-guest chart draws the 40 that stand out and says so; its Table has all 300 (issue 11)', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostingServer(page);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Boot time' });
  await expect(card).toContainText('The 40 guests slowest to boot on some platform of 300; the Table has every guest.');
  await card.getByRole('button', { name: 'Table' }).click();
  // Every guest, and the "All running" row.
  await expect(card.getByRole('table').getByRole('rowheader')).toHaveCount(301);
});

test('300 guests: the Comparison’s “Guests that fit” lists the first guests and shows all on request', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostingServer(page);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const table = page.getByRole('table', { name: "How many guests like each one fit in the host's memory, per platform" });
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await page.getByRole('region', { name: 'Guests that fit' }).getByRole('button', { name: 'Show all 300 guests' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(300);
  await expect(table.getByRole('rowheader', { name: 'db300' })).toBeVisible();
});

test('300 guests: the exits chart keeps a row for each platform’s bar however long its legend of reasons, and the card grows for it', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostingServer(page);
  await runUntil(page, 40);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Exits per second' });
  await card.scrollIntoViewIfNeeded();
  // Four platforms down the side, 20 px each, under a legend of binary translation's traps and Xen's hypercalls.
  await expect.poll(async () => Number(await card.locator('canvas').getAttribute('data-plot-height'))).toBeGreaterThanOrEqual(80);
  await card.getByRole('button', { name: 'Table' }).click();
  expect(await card.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(12);
});
