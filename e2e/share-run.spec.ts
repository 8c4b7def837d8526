/**
 * A share link reproduces the run, not only the scenario and the typed lines: a migration
 * made with a guest card's ⇄ and a fault from the Fault menu travel in the link (the Share
 * dialog counts them apart from the commands typed), and a fresh page opened on it shows
 * the sender's figures and guests' states on every platform.
 */
import type { Browser, Page } from '@playwright/test';
import { column, expect, guestCard, openPlayground, playgroundState, PLATFORMS, test } from './support/playground.ts';

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens the link in a page of a new browser context and waits until its run stands at `atNs`. */
async function recipientAt(browser: Browser, link: string, atNs: number): Promise<Page> {
  const other = await (await browser.newContext()).newPage();
  await openPlayground(other, link.slice(link.indexOf('#')));
  await other.waitForFunction((t) => window.__virtscope?.state().nowNs === t && window.__virtscope.state().runState === 'paused', atNs);
  await other.evaluate(() => window.__virtscope?.settled());
  return other;
}

async function results(page: Page): Promise<Record<string, string>> {
  const s = await playgroundState(page);
  return Object.fromEntries(PLATFORMS.map((k) => [k, JSON.stringify(s.platforms[k].snapshot?.result)]));
}

test('a migration made at 70 s travels in the link: the recipient sees the sender’s figures at 100 s on every platform', async ({ page, browser }) => {
  await openPlayground(page);
  await page.evaluate(() => window.__virtscope?.step(70));
  await guestCard(page, 'build1', 'hosted').getByRole('button', { name: /^Migrate build1 to a second host/ }).click();
  await page.waitForFunction(() => window.__virtscope?.state().migration?.status === 'done');
  const report = page.getByRole('dialog', { name: 'Migration of build1 at 0:01:10' });
  await report.press('Escape');
  await expect(report).toBeHidden();
  await page.evaluate(() => window.__virtscope?.step(30));
  const sent = await results(page);

  const dialog = await openShare(page);
  await expect(dialog.getByLabel(/Include the commands typed so far \(0\)/)).toBeDisabled();
  await expect(dialog.getByLabel('Include the faults and migrations so far (1 migration)')).toBeChecked();
  await expect(dialog.getByText('Migrations travel only with the current virtual time')).toBeVisible();
  await dialog.getByLabel(/Open at the current virtual time/).check();
  await expect(dialog.getByText('Migrations travel only with the current virtual time')).toBeHidden();
  const link = await dialog.getByLabel(/^Link to this scenario/).inputValue();

  const other = await recipientAt(browser, link, 100e9);
  expect(await results(other)).toEqual(sent);
});

test('a fault injected from the Fault menu travels by default with the current virtual time, counted as a fault, not as typed commands', async ({ page, browser }) => {
  await openPlayground(page);
  await page.evaluate(() => window.__virtscope?.step(60));
  const menu = column(page, 'hosted').locator('.fault-menu');
  await menu.locator('summary').click();
  await menu.getByLabel('Kind').selectOption('kernel-panic');
  await menu.getByRole('button', { name: 'Inject into all four' }).click();
  await expect(guestCard(page, 'web1', 'hosted')).toHaveAttribute('data-state', 'crashed');
  await page.evaluate(() => window.__virtscope?.step(10));
  const sender = await playgroundState(page);
  const states = (s: typeof sender) => PLATFORMS.map((k) => `${k}: ${s.platforms[k].snapshot?.result.guests.map((g) => `${g.name} ${g.state}`).join(', ')}`);
  expect(states(sender).join('\n')).toMatch(/hosted: web1 crashed/);

  const dialog = await openShare(page);
  await expect(dialog.getByLabel('Include the commands typed so far (0)')).not.toBeChecked();
  await expect(dialog.getByLabel('Include the faults and migrations so far (1 fault)')).toBeChecked();
  await dialog.getByLabel(/Open at the current virtual time/).check();
  const link = await dialog.getByLabel(/^Link to this scenario/).inputValue();

  const other = await recipientAt(browser, link, 70e9);
  expect(states(await playgroundState(other))).toEqual(states(sender));
  expect(await results(other)).toEqual(await results(page));
});
