/**
 * "Send to all" (issue 14): in the grid of one guest's consoles, a line typed once runs on
 * every platform, and the outputs are compared with native's, the differing lines marked.
 */
import { expect, openConsoleTab, openPlayground, test } from './support/playground.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('one line typed into Send to all runs on all four platforms, and where the outputs differ is marked', async ({ page }) => {
  await openPlayground(page);
  await openConsoleTab(page, 'web1 · hosted');
  await page.getByRole('button', { name: 'All platforms side by side' }).click();
  // Side by side, the panel grows by itself: four terminals need the room.
  await expect(page.getByRole('button', { name: 'Fold panel' })).toBeVisible();
  const hosts = page.locator('.terminal-viewport[data-layout="grid"] .terminal-host:not([hidden])');
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  for (let i = 0; i < 4; i++) await expect(hosts.nth(i).locator('.xterm-rows')).toContainText('root@web1', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.getByLabel('Send to all 4').fill('uname -a');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByLabel('Send to all 4')).toHaveValue('');
  for (let i = 0; i < 4; i++) await expect(hosts.nth(i).locator('.xterm-rows')).toContainText('uname -a');

  const outputs = page.getByRole('region', { name: 'Outputs compared' });
  await expect(outputs.getByRole('article')).toHaveCount(4);
  await expect(outputs.getByRole('article', { name: 'web1 · native' })).toContainText('the reference');
  for (const k of ['hosted', 'bare-metal', 'container']) await expect(outputs.getByRole('article', { name: `web1 · ${k}` })).toContainText(/(same as|differs from) web1 · native/);
  await expect(outputs).toContainText('Linux web1');

  // Each platform's own view of the machine: where a line differs from native's, it is marked.
  await page.getByLabel('Send to all 4').fill('free -m');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(outputs.getByRole('article', { name: 'web1 · native' })).toContainText('Mem:');
  await expect(outputs.getByText(/differs from web1 · native/).first()).toBeVisible();
  await expect(outputs.getByRole('article', { name: 'web1 · hosted' }).locator('mark').first()).toContainText('Mem:');
  await expect(outputs.getByRole('article', { name: 'web1 · hosted' }).locator('mark', { hasText: 'Swap:' })).toHaveCount(0);
});

test('a guest with no shell (refused here) is not waited for: its output says why, the others finish', async ({ page }) => {
  await openPlayground(page);
  await openConsoleTab(page, 'win1 · hosted');
  await page.getByRole('button', { name: 'All platforms side by side' }).click();
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s !== undefined && (['native', 'hosted', 'bare-metal'] as const).every((k) => s.platforms[k].snapshot?.result.guests.find((g) => g.name === 'win1')?.state === 'running');
  }, undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByLabel('Send to all 4').fill('hostname');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const outputs = page.getByRole('region', { name: 'Outputs compared' });
  await expect(outputs.getByRole('article', { name: 'win1 · container' })).toContainText('refused: no shell to answer');
  await expect(outputs.getByRole('article', { name: 'win1 · native' })).toContainText('the reference');
  for (const k of ['hosted', 'bare-metal']) await expect(outputs.getByRole('article', { name: `win1 · ${k}` })).toContainText(/(same as|differs from) win1 · native/);
});
