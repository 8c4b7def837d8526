import { expect, openPlayground, test } from './support/playground.ts';

test('the density curve card asks each platform engine for its curve and shows the knee', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Density curve' });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('combobox', { name: 'Guest kind' })).toHaveValue('linux:web-server');
  await card.getByRole('button', { name: 'Table' }).click();
  await expect(card).toContainText('Press "Compute"');
  await card.getByRole('button', { name: 'Compute' }).click();
  const knee = card.getByRole('row', { name: /^Knee/ });
  await expect(knee).toBeVisible({ timeout: 30_000 });
  // One cell per platform, each a count the engine found (or why not).
  await expect(knee.getByRole('cell')).toHaveCount(4);
  const [native, ...others] = await knee.getByRole('cell').all();
  // Native is each guest on a server of its own: its knee is servers, not guests on this host.
  await expect(native!).toHaveText(/^\d+ servers, one each$/);
  for (const cell of others) await expect(cell).toHaveText(/^\d+$|^refused$/);
  await expect(card.getByRole('row', { name: /^1 / })).toContainText('(100 %)');
});

test('a long density curve (a 128-core, 4 TiB host) shows its progress past the hang timeout, never a hung column, and cancels', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    const hooks = window.__virtscope;
    const s = hooks?.state().scenario;
    if (!hooks || !s) throw new Error('no test hooks');
    // 16 GiB each: a file server's kernel then holds a curve point's writeback under its dirty limit, and every
    // platform's curve goes on to many guests (with 1 GiB the VMs' file servers meet the limit and stop at 3).
    const files = { name: 'files', os: 'linux' as const, vcpus: 1, memoryMiB: 16_384, workload: { kind: 'file-server' as const } };
    await hooks.loadScenario({ ...s, host: { ...s.host, cores: 128, memoryMiB: 4 * 1024 * 1024 }, guests: [...s.guests, files] });
  });
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Density curve' });
  await card.scrollIntoViewIfNeeded();
  // File servers: the guest kind whose curve takes longest to compute (every platform's worker
  // busy well past the 8 s hang timeout on a 2-core machine; kernel builds now finish sooner).
  await card.getByRole('combobox', { name: 'Guest kind' }).selectOption('linux:file-server');
  await card.getByRole('button', { name: 'Compute' }).click();
  const status = card.getByRole('status');
  await expect(status).toContainText(/\d+ points, running \d+ guests/);
  // Past the 8 s a worker has to answer one call: the curve is still being computed, step by step.
  await page.waitForTimeout(9_000);
  await expect(card.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const health = await page.evaluate(() => Object.values(window.__virtscope?.state().platforms ?? {}).map((p) => p.health));
  expect(health).toEqual(['ok', 'ok', 'ok', 'ok']);
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByRole('button', { name: 'Compute' })).toBeVisible();
  await expect(status).toHaveCount(0);
  await page.getByRole('button', { name: 'Step 1 s', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__virtscope?.state().nowNs ?? 0)).toBeGreaterThan(0);
});
