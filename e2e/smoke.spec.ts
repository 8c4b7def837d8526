import { expect, test } from '@playwright/test';

test('the page loads with its heading and without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto('/');

  await expect(page).toHaveTitle('VirtScope');
  await expect(page.getByRole('heading', { level: 1, name: 'VirtScope' })).toBeVisible();
  await expect(page.getByText('Comparative virtualization playground')).toBeVisible();
  // COOP/COEP from vite.config.ts: the engine Worker may use SharedArrayBuffer.
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  expect(problems).toEqual([]);
});
