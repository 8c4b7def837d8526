import { expect, guestCard, openPlayground, playgroundState, runUntil, test } from './support/playground.ts';

test('a Windows guest is refused on the Linux container host, and the card says why', async ({ page }) => {
  await openPlayground(page);
  const card = guestCard(page, 'win1', 'container');
  await expect(card).toContainText('Refused');
  await expect(card).toContainText(/kernel/);
  // The same guest runs in a VM.
  await expect(guestCard(page, 'win1', 'hosted')).not.toContainText('Refused');
});

test('editing a guest in the scenario editor reloads the scenario with the change', async ({ page }) => {
  await openPlayground(page);
  await expect(guestCard(page, 'web1', 'hosted')).toContainText('web-server');

  await page.getByRole('button', { name: 'Edit scenario…' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit scenario' });
  await editor.getByLabel('Workload of web1').selectOption('oltp');
  await editor.getByLabel('Memory of web1 (MiB)').fill('2048');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(editor).toBeHidden();

  for (const kind of ['hosted', 'container'] as const) {
    await expect(guestCard(page, 'web1', kind)).toContainText('oltp');
  }
  const web1 = (await playgroundState(page)).scenario.guests.find((g) => g.name === 'web1');
  expect(web1).toMatchObject({ memoryMiB: 2048, workload: { kind: 'oltp' } });
  // The platforms restart on the new scenario and run it, past hosted web1's boot (about 48 virtual s: the three VMs' boots share one disk).
  await runUntil(page, 70);
  await expect(guestCard(page, 'web1', 'hosted')).toContainText('Running');
  await expect(guestCard(page, 'web1', 'hosted')).toContainText('tx/s');
});

test('at 800×600 the scenario editor shows each guest’s fields whole: memory reads 1024, the OS its name', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openPlayground(page);
  await page.getByRole('button', { name: /Edit scenario/ }).click();
  const editor = page.getByRole('dialog', { name: 'Edit scenario' });
  await expect(editor.getByLabel('Memory of web1 (MiB)')).toHaveValue('1024');
  const cut = await editor.evaluate((d) =>
    [...d.querySelectorAll<HTMLInputElement>('.guest-table input')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.labels?.[0]?.textContent ?? e.id}: ${e.value}`),
  );
  expect(cut).toEqual([]);
  // An OS select at least as wide as its longest choice's words.
  const os = editor.getByLabel('OS of win1');
  const box = await os.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(80);
});
