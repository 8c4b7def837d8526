/**
 * The build works from a plain static host under a sub-path (docs/deploy.md): every file it
 * loads or fetches is found relative to the page (any 404 fails the test), the workers run,
 * a preset comes from the gallery, a terminal answers, and the service worker's scope is the
 * sub-path, not the host's root.
 */
import { expect, openConsoleTab, runUntil, terminalRows, test } from './support/playground.ts';
import { staticHost } from './support/static-host.ts';

test.use({ serviceWorkers: 'allow' });

test('the build served under a sub-path of a plain static host works', async ({ page }) => {
  const host = await staticHost('/school/virtscope/');
  try {
    await page.goto(`${host.url}?testHooks`);
    await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
    await page.waitForFunction(() => {
      const s = window.__virtscope?.state();
      return s !== undefined && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
    });
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => new URL(r.scope).pathname));
    expect(scope).toBe('/school/virtscope/');

    await runUntil(page, 2);
    await openConsoleTab(page, 'web1 · container');
    await page.keyboard.type('echo sub-path');
    await page.keyboard.press('Enter');
    await expect(terminalRows(page).locator('> div').filter({ hasText: /^sub-path$/ })).toHaveCount(1);

    await page.getByRole('button', { name: /^Gallery/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Gallery' });
    await dialog.getByRole('button', { name: 'Open: Docker' }).click();
    await expect(dialog).toBeHidden();
    await page.waitForFunction(() => window.__virtscope?.state().scenario.name === 'docker');
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(fetched).toContain('/school/virtscope/presets/docker.json');
  } finally {
    await host.close();
  }
});
