import { expect, guestCard, openConsoleTab, openPlayground, runUntil, terminalRows, test } from './support/playground.ts';

test('ping between two container guests prints round trips the engine measured', async ({ page }) => {
  await openPlayground(page);
  // Run at full speed through the test hooks, then type into the guest's terminal.
  await page.evaluate(() => {
    window.__virtscope?.setSpeed(Infinity);
    window.__virtscope?.run();
  });
  await openConsoleTab(page, 'web1 · container');
  const rows = terminalRows(page);
  await expect(rows).toContainText('root@web1');
  const keyboard = page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea');
  await keyboard.pressSequentially('ping -c 2 build1');
  await keyboard.press('Enter');
  await expect(rows.locator('> div').filter({ hasText: /icmp_seq=2 ttl=64 time=\d+\.\d+ ms/ })).toHaveCount(1);
  await expect(rows).toContainText('2 packets transmitted, 2 received, 0% packet loss');
  // Once that ping is done, an unknown name fails as the real tool does.
  await keyboard.pressSequentially('ping -c 1 nosuch');
  await keyboard.press('Enter');
  await expect(rows).toContainText('ping: nosuch: Name or service not known');
});

test('Migrate on a guest card shows rounds, data moved and downtime per platform', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 90);
  await guestCard(page, 'web1', 'bare-metal').getByRole('button', { name: /^Migrate web1/ }).click();
  const dialog = page.getByRole('dialog', { name: /Migration of web1/ });
  await expect(dialog).toBeVisible();
  const xen = dialog.getByRole('region', { name: 'Migration on Bare-metal' });
  await expect(xen).toContainText('live pre-copy');
  await expect(xen.getByRole('list', { name: 'Pages sent per round' })).toContainText('round 1');
  await expect(xen).toContainText('Downtime');
  await expect(xen).toContainText('Data moved');
  await expect(dialog.getByRole('region', { name: 'Migration on Native' })).toContainText('not applicable');
  await expect(dialog.getByRole('region', { name: 'Migration on Containers' })).toContainText('checkpoint and restore');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
