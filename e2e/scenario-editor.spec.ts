/**
 * The scenario editor with many guests and its safeguards: the hosting-server preset's 300
 * guests open as a searchable table, a guest found by name is renamed; a duplicate name marks
 * the guest being edited; Esc with changes asks before throwing them away. Also the columns'
 * guest search saying when nothing matches, Share's instant after a new scenario loads, and
 * each platform's Product read as its column names it.
 */
import type { Page } from '@playwright/test';
import { column, expect, openPlayground, playgroundState, test } from './support/playground.ts';

async function openHostingServer(page: Page): Promise<void> {
  await openPlayground(page);
  await page.getByRole('button', { name: /^Gallery/ }).click();
  await page.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name: 'Open: A hosting server: 300 customers' }).click();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'hosting-server' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
}

async function openEditor(page: Page) {
  await page.getByRole('button', { name: 'Edit scenario…' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit scenario' });
  await expect(editor).toBeVisible();
  return editor;
}

test('300 guests: the editor shows the first rows and a search; a guest found by name is renamed and applied', async ({ page }) => {
  test.setTimeout(180_000);
  await openHostingServer(page);
  const editor = await openEditor(page);
  await expect(editor.locator('.guest-table tbody tr:not(.guest-notes)')).toHaveCount(12);
  await expect(editor.getByText('Showing 12 of 300 guests')).toBeVisible();

  const search = editor.getByRole('searchbox', { name: 'Find a guest to edit' });
  await search.fill('site250');
  await expect(editor.locator('.guest-table tbody tr:not(.guest-notes)')).toHaveCount(1);
  const name = editor.getByLabel('Name of guest 250', { exact: true });
  await expect(name).toHaveValue('site250');
  await name.fill('shop250');
  // Renamed, it no longer matches the search, yet stays in view while edited.
  await expect(name).toHaveValue('shop250');
  await search.fill('zzz');
  await expect(editor.getByText("No guest matches 'zzz'")).toBeVisible();

  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(editor).toBeHidden();
  await page.waitForFunction(() => window.__virtscope?.state().scenario.guests[249]?.name === 'shop250');
});

test('a duplicate name marks the guest being edited, and the one it clashes with', async ({ page }) => {
  await openPlayground(page);
  const editor = await openEditor(page);
  // web1 is the first guest: renaming the last one as web1 used to mark only the last; renaming the first, only the other.
  await editor.getByLabel('Name of guest 1', { exact: true }).fill('win1');
  for (const n of [1, 3]) await expect(editor.getByLabel(`Name of guest ${n}`, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByLabel('Name of guest 2', { exact: true })).toHaveAttribute('aria-invalid', 'false');
  await expect(editor.locator('#err-guests_0__name')).toHaveText('✕ "win1" is also the name of guests[2]');
});

test('Esc with changes asks before throwing them away; Esc without changes closes', async ({ page }) => {
  await openPlayground(page);
  let editor = await openEditor(page);
  await editor.getByLabel('Memory of web1 (MiB)').fill('2048');
  await page.keyboard.press('Escape');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('alert')).toHaveText('Discard your changes to the scenario?');
  await editor.getByRole('button', { name: 'Keep editing' }).click();
  await expect(editor.getByLabel('Memory of web1 (MiB)')).toHaveValue('2048');
  await page.keyboard.press('Escape');
  await editor.getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toBeHidden();
  expect((await playgroundState(page)).scenario.guests[0]?.memoryMiB).toBe(1024);

  editor = await openEditor(page);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
});

test('✕ and Cancel with changes ask before throwing them away, as Esc does', async ({ page }) => {
  await openPlayground(page);
  const editor = await openEditor(page);
  await editor.getByLabel('Memory of web1 (MiB)').fill('2048');
  for (const name of ['Close', 'Cancel']) {
    await editor.getByRole('button', { name, exact: true }).click();
    await expect(editor.getByRole('alert')).toHaveText('Discard your changes to the scenario?');
    await editor.getByRole('button', { name: 'Keep editing' }).click();
    await expect(editor.getByLabel('Memory of web1 (MiB)')).toHaveValue('2048');
  }
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await editor.getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toBeHidden();
  expect((await playgroundState(page)).scenario.guests[0]?.memoryMiB).toBe(1024);
});

test("a column's guest search that finds nothing says so", async ({ page }) => {
  test.setTimeout(180_000);
  await openHostingServer(page);
  const container = column(page, 'container');
  await container.getByRole('searchbox', { name: 'Find a guest on container' }).fill('nobody');
  await expect(container.getByRole('article')).toHaveCount(0);
  await expect(container.getByText("No guest matches 'nobody'")).toBeVisible();
});

test('Share offers the instant of the run in front: a scenario loaded while it is open starts again at 0:00:00', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.__virtscope?.step(57));
  const scenario = (await playgroundState(page)).scenario;
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const atNow = dialog.getByRole('checkbox', { name: /Open at the current virtual time/ });
  await expect(atNow).toHaveAccessibleName(/\(0:00:57\)/);
  // What an imported file does: the store loads a new scenario while the dialog is open.
  expect(await page.evaluate((s) => window.__virtscope?.loadScenario(s), { ...scenario, name: 'imported' })).toBe(true);
  await expect(atNow).toHaveAccessibleName(/\(0:00:00\)/);
  await expect(atNow).toBeDisabled();
});

test("the editor's Product is the one each column names: classroom-default's VirtualBox, Xen and Docker, not Custom", async ({ page }) => {
  await openPlayground(page);
  const heads = await page.locator('.platform-column').allInnerTexts();
  const editor = await openEditor(page);
  for (const [group, product, words] of [
    ['Hosted', 'virtualbox', 'VirtualBox'],
    ['Bare-metal', 'xen', 'Xen'],
    ['Containers', 'docker', 'Docker'],
  ] as const) {
    const select = editor.getByRole('group', { name: group }).getByLabel('Product');
    await expect(select).toHaveValue(product);
    await expect(select.locator('option:checked')).toContainText(words);
    expect(heads.some((h) => h.includes(words))).toBe(true);
  }
});
