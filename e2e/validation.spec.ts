import { expect, openPlayground, playgroundState, test } from './support/playground.ts';

test('the Validation view reruns the published experiments in a worker: every cell, misses marked, the 128 domains measured, provenance, and a link that opens the scenario', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('tab', { name: 'Validation', exact: true }).click();
  const panel = page.locator('.validation-panel');
  await expect(panel.getByRole('status')).toHaveText(/^\d+ experiments rerun$/, { timeout: 60_000 });

  // The summary says how many cells and misses there are; the tables must hold exactly those.
  const summary = panel.getByRole('list', { name: 'Summary' });
  const counts = /cells: (\d+) published figures .*the model measured (\d+), (\d+) missing/.exec((await summary.textContent()) ?? '');
  expect(counts).not.toBeNull();
  const [cells, measured, missing] = (counts ?? []).slice(1).map(Number);
  await expect(panel.locator('tr[data-cell]')).toHaveCount(cells ?? -1);
  await expect(panel.locator('tr[data-cell][data-missing="true"]')).toHaveCount(missing ?? -1);
  expect((cells ?? 0) - (missing ?? 0)).toBe(measured);
  await expect(summary.getByRole('listitem')).toHaveCount(4);

  // The 128 domains are run too (128 guests in one scenario), the paper's sentence beside them.
  const domains = panel.locator('tr[data-cell="slice-5ms/xen"]');
  await expect(domains).not.toHaveAttribute('data-missing', 'true');
  await expect(domains).toContainText(/0\.9\d\d/);

  // Each cell says where the paper's figure was read.
  const build = panel.locator('tr[data-cell="linux-build/xen"]');
  await build.getByText('verified', { exact: true }).click();
  await expect(build).toContainText('Xen incurs a mere 3% overhead');

  // The scenario link opens that scenario in the playground.
  await panel.locator('a[data-scenario="barham2003-lmbench"]').click();
  await expect.poll(async () => (await playgroundState(page)).scenario.name, { timeout: 20_000 }).toBe('barham2003-lmbench');
});
