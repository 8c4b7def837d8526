/**
 * The page's layout on classroom laptops (issue 14 case 4, the parts outside the lab panel):
 * at 1280×800 every guest card of the default scenario is whole; at 1000–1024 px Help stays
 * on the toolbar's row; the Fault menu stays inside its column; a long fault log leaves the
 * guest cards in view.
 */
import type { Page } from '@playwright/test';
import { column, expect, guestCard, openPlayground, runUntil, test } from './support/playground.ts';

async function at(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await openPlayground(page);
}

test('at 1280×800 the third guest card is whole in every column', async ({ page }) => {
  await at(page, 1280, 800);
  for (const k of ['native', 'hosted', 'bare-metal', 'container'] as const) await expect(guestCard(page, 'win1', k)).toBeInViewport({ ratio: 1 });
});

for (const width of [1000, 1024]) {
  test(`at ${width} px the Help button stays on the toolbar's row`, async ({ page }) => {
    await at(page, width, 700);
    const run = await page.getByRole('button', { name: 'Run', exact: true }).boundingBox();
    const help = await page.getByRole('button', { name: 'Help' }).boundingBox();
    expect(run && help && Math.abs(help.y + help.height / 2 - (run.y + run.height / 2))).toBeLessThan(6);
  });
}

test('at 1024×700 the open Fault menu stays inside its column, clear of its edge like the heading', async ({ page }) => {
  await at(page, 1024, 700);
  const col = column(page, 'bare-metal');
  await col.getByText('Fault ▾').click();
  await col.getByLabel('Kind').selectOption('guest-panic');
  const edge = await col.boundingBox();
  const right = (edge?.x ?? 0) + (edge?.width ?? 0) - 8; // the column header's padding
  for (const control of [col.getByLabel('Kind'), col.getByLabel('In guest'), col.getByRole('button', { name: 'Inject into all four' })]) {
    const box = await control.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(right);
  }
});

test('at 1280×800 a log of several faults leaves the guest cards in view', async ({ page }) => {
  await at(page, 1280, 800);
  await runUntil(page, 2);
  const col = column(page, 'hosted');
  await col.getByText('Fault ▾').click();
  for (const guest of ['web1', 'build1', 'win1', 'web1']) {
    await col.getByLabel('Kind').selectOption('guest-panic');
    await col.getByLabel('In guest').selectOption(guest);
    await col.getByRole('button', { name: 'Inject into all four' }).click();
  }
  await expect(col.getByRole('region', { name: 'Faults' }).getByRole('listitem')).toHaveCount(4);
  await col.getByText('Fault ▾').click(); // close the menu again
  await expect(guestCard(page, 'web1', 'hosted')).toBeInViewport();
});

for (const width of [1024, 1280, 1920]) {
  test(`at ${width}×700 every layer name, guest name and card figure is whole: not cut with an ellipsis, nor by its card's edge`, async ({ page }) => {
    await at(page, width, 700);
    await runUntil(page, 60);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.layer-name, .guest-name, .fig dd')].filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    // A figure wider than what is left of its card's row once sat partly past the card's edge (its "vs native" split), or got no width at all (CPU time).
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.guest-card .fig')]
        .filter((f) => {
          const fig = f.getBoundingClientRect();
          const card = (f.closest('.guest-card') as HTMLElement).getBoundingClientRect();
          return fig.width < 1 || fig.right > card.right + 0.5;
        })
        .map((f) => `${f.closest('.guest-card')?.getAttribute('aria-label')}: ${f.textContent}`),
    );
    expect(outside).toEqual([]);
  });
}

test('at 800×600 (a 1024 px projector zoomed to 125 %) every layer name is whole: the bar gives way, a long name takes two lines', async ({ page }) => {
  await at(page, 800, 600);
  await runUntil(page, 10);
  const names = page.locator('.layer-name');
  await expect(names.first()).toBeVisible();
  const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.layer-name')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  expect(cut).toEqual([]);
  await expect(page.getByText('Container processes', { exact: true })).toBeVisible();
});

test('at 800×600 a card’s figures (memory’s list of parts aside, which is cut on purpose) wrap their words rather than cutting them', async ({ page }) => {
  await at(page, 800, 600);
  await runUntil(page, 60);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.fig:not(.fig-memory) dd')].filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
});

test('at 800×600 (a 1024 px projector zoomed to 125 %) a card’s state stays clear of its buttons and still names the state', async ({ page }) => {
  await at(page, 800, 600);
  await runUntil(page, 60);
  const card = guestCard(page, 'web1', 'hosted');
  await expect(card.locator('.state-badge')).toHaveAttribute('title', 'Running');
  await expect(card.locator('.state-badge')).toContainText('Running');
  const badge = await card.locator('.state-badge').boundingBox();
  const console = await card.getByRole('button', { name: /^Open the console/ }).boundingBox();
  expect(badge && console && badge.x + badge.width).toBeLessThanOrEqual(console?.x ?? 0);
});

/** How far the page scrolls, and how far the console tab's contents overflow the panel (0 when everything fits). */
function overflows(page: Page): Promise<{ page: number; panel: number; terminalPastPanel: number }> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.bottom-panel .tab-panel:not([hidden])');
    const terminal = document.querySelector('.bottom-panel .terminal-viewport');
    if (!panel || !terminal) throw new Error('no console panel');
    return {
      page: document.documentElement.scrollHeight - innerHeight,
      panel: panel.scrollHeight - panel.clientHeight,
      terminalPastPanel: Math.max(0, Math.round(terminal.getBoundingClientRect().bottom - panel.getBoundingClientRect().bottom)),
    };
  });
}

for (const [width, height] of [
  [800, 600],
  [1024, 700],
  [1024, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} the page does not scroll and the console's picker and terminal fit in the panel: the prompt's row is in view`, async ({ page }) => {
    await at(page, width, height);
    await runUntil(page, 20);
    expect(await overflows(page)).toEqual({ page: 0, panel: 0, terminalPastPanel: 0 });
    // At least four rows of terminal under the picker.
    const rows = await page.locator('.terminal-host:not([hidden]) .xterm-rows > div').count();
    expect(rows).toBeGreaterThanOrEqual(4);
  });
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} with a lab open, the consoles beside it keep six terminal rows or more under their picker, nothing overflowing`, async ({ page }) => {
    await at(page, width, height);
    await page.goto('/?testHooks#lab=three-architectures');
    await expect(page.getByRole('heading', { name: "The three architectures' layers" })).toBeVisible();
    await expect(page.locator('.terminal-host:not([hidden]) .xterm-rows')).toBeVisible();
    const rows = page.locator('.terminal-host:not([hidden]) .xterm-rows > div');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(6);
    expect(await overflows(page)).toEqual({ page: 0, panel: 0, terminalPastPanel: 0 });
    // The drawer starts level with the consoles, or 360 px above the window's foot if they are shorter: never higher, over the columns'
    // cards (it stayed where it was first measured, 290 px down, when the page filled the window after it opened).
    const tops = () =>
      page.evaluate(() => ({
        drawer: Math.round(document.querySelector('aside.lab-panel')?.getBoundingClientRect().top ?? 0),
        expected: Math.round(Math.min(document.querySelector('.bottom-panel')?.getBoundingClientRect().top ?? 0, window.innerHeight - 360)),
      }));
    await expect.poll(async () => { const t = await tops(); return t.drawer - t.expected; }).toBe(0);
  });
}

test('at 1366×768 with a lab open, the last card of the column under the drawer can be scrolled up into view', async ({ page }) => {
  await at(page, 1366, 768);
  await page.goto('/?testHooks#lab=windows-container');
  await expect(page.locator('aside.lab-panel h2').first()).toBeVisible();
  // The drawer rises over the columns' foot (the consoles are shorter than it): the containers column's last card was under it.
  const card = guestCard(page, 'win1', 'container');
  await expect(card).toBeVisible();
  await column(page, 'container').locator('.column-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
  const covered = await card.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return !el.contains(document.elementFromPoint(x, y));
  });
  expect(covered).toBe(false);
});

for (const [width, height] of [
  [800, 600],
  [1024, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} with the Comparison in front the page does not scroll: its charts' hidden labels scroll with the panel`, async ({ page }) => {
    await at(page, width, height);
    await runUntil(page, 20);
    await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
    await expect(page.locator('.chart-card canvas').first()).toBeVisible();
    await expect(page.locator('.chart-card caption, .chart-card label').first()).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBe(0);
  });
}
