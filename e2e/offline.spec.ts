/**
 * Offline use: after one visit the service worker has the whole build, so with the network
 * off the page reloads, stays cross-origin isolated (the cached responses carry COOP/COEP),
 * its workers run, the lazily loaded terminals and charts arrive, and a console answers.
 * The worker adds the isolation headers itself, so this holds on a host that sends none.
 * And the page is installable: its web app manifest is served, with a name and icons.
 */
import { clock, expect, openConsoleTab, openPlayground, runUntil, terminalRows, test } from './support/playground.ts';
import { staticHost } from './support/static-host.ts';

// Whatever the suite's default, these tests are about the service worker.
test.use({ serviceWorkers: 'allow' });

/** What the page loads lazily or fetches when asked, besides its entry: all must be precached. */
const ON_DEMAND = [
  /^\/index\.html$/,
  /^\/assets\/xterm-[^/]*\.js$/,
  /^\/assets\/chart-adapter-[^/]*\.js$/,
  /^\/assets\/engine\.worker-[^/]*\.js$/,
  /^\/presets\/classroom-default\.json$/,
  /^\/labs\/[^/]+\.json$/,
];

test('after the first visit the page works with the network off', async ({ page, context }) => {
  await openPlayground(page);
  // The worker is active once it has precached the build; it then claims this page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  for (const file of ON_DEMAND) expect(cached.some((u) => file.test(u)), `precached: ${String(file)}`).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s !== undefined && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
  await expect(clock(page)).toContainText('0:00:00');
  await runUntil(page, 2);
  await expect(clock(page)).not.toContainText('0:00:00');

  await openConsoleTab(page, 'web1 · container');
  await page.keyboard.type('uname -a');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page).locator('> div').filter({ hasText: /^Linux web1 / })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  await expect(page.getByRole('region', { name: 'CPU time by layer' }).locator('canvas')).toHaveCSS('display', 'block');
  const preset = await page.evaluate(() => fetch('/presets/classroom-default.json').then(async (r) => ({ ok: r.ok, name: ((await r.json()) as { name: string }).name })));
  expect(preset).toEqual({ ok: true, name: 'classroom-default' });
});

test('the page is installable: it links a web app manifest with its name and icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(response.ok()).toBe(true);
  const manifest = JSON.parse(await response.text()) as { name: string; short_name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'VirtScope', short_name: 'VirtScope', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  // Chromium's own verdict on installability (manifest, icons, a service worker with a fetch handler),
  // less "in-incognito": every Playwright context is one, and Chromium still checks the rest.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, response.url()).href);
    expect(r.ok(), icon.src).toBe(true);
    const bytes = await r.body();
    if (icon.type === 'image/png') {
      expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
    } else {
      expect(bytes.toString('utf8')).toMatch(/^<svg /);
    }
  }
});

test('on a host that sends no isolation headers, the pages the service worker serves are isolated all the same', async ({ page }) => {
  const host = await staticHost();
  try {
    await page.goto(host.url);
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  } finally {
    await host.close();
  }
});
