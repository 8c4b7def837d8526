import { clock, expect, openPlayground, test } from './support/playground.ts';

test('the page loads cross-origin isolated, with its heading, and without errors', async ({ page }) => {
  // The fixture fails the test on any console error, page error or HTTP status ≥ 400.
  // ?stopped: the page opens stopped instead of booting by itself (first-minute.spec.ts covers that).
  await page.goto('/?stopped');
  await expect(page).toHaveTitle('VirtScope');
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  // COOP/COEP from vite.config.ts: the engine Workers may use SharedArrayBuffer.
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(clock(page)).toContainText('0:00:00');
});

test('xterm is not in the initial bundle: it loads once the console panel mounts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openPlayground(page);
  await expect(page.locator('.xterm-rows')).toBeVisible();
  const html = await (await page.request.get('/')).text();
  const xtermChunk = scripts.find((s) => /xterm/i.test(s));
  expect(xtermChunk, 'a lazily loaded xterm chunk').toBeDefined();
  expect(html).not.toContain(xtermChunk ?? 'xterm');
});

for (const width of [1024, 1280]) {
  test(`at ${width} px wide nothing runs off the side of the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    await openPlayground(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await expect(page.getByRole('button', { name: 'Help' })).toBeInViewport();
  });
}
