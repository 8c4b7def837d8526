/**
 * The comparison charts read as a person expects (issue 14 case 8): exit reasons in words,
 * with the layer that handles each mechanism; memory in one unit.
 */
import { expect, openPlayground, runUntil, test } from './support/playground.ts';

test('exit reasons read in words, and the note says which layer handles each mechanism shown', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 3);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Exits per second' });
  await expect(card).toContainText('handled by the');
  await card.getByRole('button', { name: 'Table' }).click();
  const rows = card.getByRole('table').getByRole('rowheader');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).not.toMatch(/^(exit|trap|hypercall):/);
  await expect(card.getByRole('table')).toContainText(/\((VM exit|trap|hypercall)\)/);
});

test('the figure menus of the comparison show their whole choice, at 1024 and 1280 px', async ({ page }) => {
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await openPlayground(page);
    await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
    const menu = page.getByRole('combobox', { name: 'Figure to follow' });
    await expect(menu).toHaveValue('busy');
    // The select is as wide as its chosen text needs: nothing of "Busy CPU (not idle)" is cut.
    const fits = await menu.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.textContent = el.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return el.clientWidth - 24 >= needed; // the arrow takes ~20 px
    });
    expect(fits, `at ${width} px`).toBe(true);
  }
});

test('a hidden Comparison tab changes nothing while the scenario runs, and shows the latest figures when opened again (issue 14 case 3)', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  await page.locator('.chart-card canvas').first().waitFor();
  await page.getByRole('tab', { name: 'Consoles', exact: true }).click();
  const panel = page.locator('[role="tabpanel"][aria-labelledby$="-tab-comparison"]');
  const before = await panel.evaluate((el) => {
    const w = window as unknown as { __comparisonMutations: number };
    w.__comparisonMutations = 0;
    new MutationObserver((records) => (w.__comparisonMutations += records.length)).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    return el.textContent;
  });
  await runUntil(page, 4);
  expect(await page.evaluate(() => (window as unknown as { __comparisonMutations: number }).__comparisonMutations)).toBe(0);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  await expect.poll(() => panel.evaluate((el) => el.textContent)).not.toBe(before);
});

test('the memory table reads in one unit, the unit of the chart, never MiB beside GiB (issue 14 case 8)', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 3);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Memory by layer' });
  await card.getByRole('button', { name: 'Table' }).click();
  const cells = card.getByRole('table').getByRole('cell');
  await expect(cells.first()).toBeVisible();
  const units = new Set((await cells.allTextContents()).map((t) => /\b(MiB|GiB)$/.exec(t.trim())?.[1]).filter((u) => u !== undefined));
  expect([...units]).toHaveLength(1);
});

test('a chart is an image with a label and nothing inside it; its figures are in the card\'s Table view', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 2);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Throughput vs native' });
  const chart = card.getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /each guest's throughput/);
  // role="img" makes anything inside presentational: a hidden copy of the table would be work for nobody.
  await expect(chart).toBeEmpty();
  await card.getByRole('button', { name: 'Table' }).click();
  await expect(card.getByRole('table').getByRole('rowheader').first()).toHaveText('web1');
});

for (const width of [800, 1280]) {
  test(`at ${width} px the Comparison's cards leave no hole before the last row: a one-cell card fills the end of a row a wide card could not`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openPlayground(page);
    await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Throughput vs native' })).toBeVisible();
    const rows = await page.evaluate(() => {
      const grid = document.querySelector('.comparison-grid') as HTMLElement;
      const byTop = new Map<number, number>();
      for (const card of grid.children) {
        const r = card.getBoundingClientRect();
        byTop.set(Math.round(r.top), (byTop.get(Math.round(r.top)) ?? 0) + r.width);
      }
      const full = grid.getBoundingClientRect().width;
      // Each row's share of the grid's width, cards and their gaps together (a gap is under 2 % of it).
      return [...byTop.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w / full);
    });
    for (const share of rows.slice(0, -1)) expect(share).toBeGreaterThan(0.95);
  });
}
