/**
 * A guest card agrees with itself (issue 14 #2): its rate and "vs native" are the same
 * average since the workload started, memory parts carry units, and before the clock has
 * moved no guest claims to be booting.
 */
import { expect, guestCard, openPlayground, playgroundState, runUntil, test } from './support/playground.ts';

test('before any run the guests say they have not started, not that they are booting', async ({ page }) => {
  await openPlayground(page);
  const card = guestCard(page, 'web1', 'hosted');
  await expect(card).toContainText('Not started');
  await expect(card).not.toContainText('Booting');
});

test('the rate on a card is the same average the engine divides by native for "vs native"; memory parts have units', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  const s = await playgroundState(page);
  const result = s.platforms.hosted.snapshot?.result.guests.find((g) => g.name === 'web1');
  expect(result?.state).toBe('running');
  const card = guestCard(page, 'web1', 'hosted');
  const shown = Number((await card.locator('.fig').first().locator('dd').innerText()).replace(/,/g, ''));
  expect(shown).toBeCloseTo(result?.throughput.perSecond ?? NaN, 0);
  await expect(card.locator('.fig dt').first()).toHaveAttribute('title', /since the workload started/);
  await expect(card.locator('.mem-parts')).toHaveText(/^[a-z ]+ [\d.,]+ (MiB|GiB)( · [a-z ]+ [\d.,]+ (MiB|GiB))*$/);
});

test('"vs native" splits into the guest alone here against its dedicated server, times with its neighbours against alone', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  const s = await playgroundState(page);
  const result = s.platforms.hosted.snapshot?.result.guests.find((g) => g.name === 'win1');
  expect(result?.aloneVsNative).toBeGreaterThan(0);
  expect(result?.sharedVsAlone).toBeGreaterThan(0);
  const pct = (v: number | null | undefined): string => `${Math.round((v ?? NaN) * 100)} %`;
  const split = guestCard(page, 'win1', 'hosted').locator('.baseline-split');
  await expect(split).toHaveText(`= ${pct(result?.aloneVsNative)} alone × ${pct(result?.sharedVsAlone)} shared`);
  await expect(split).toHaveAttribute('title', /cost of virtualization.*cost of sharing/);
  await expect(guestCard(page, 'win1', 'native').locator('.baseline-split')).toHaveCount(0);
});

test('a guest whose workload did its fixed operations says its work is done, and when, and still runs', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    const hooks = window.__virtscope;
    if (!hooks) throw new Error('no test hooks');
    const s = hooks.state().scenario;
    const files = { name: 'files', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'file-server', concurrency: 1, operations: 20000 } } as const;
    await hooks.loadScenario({ ...s, guests: [files] });
  });
  await runUntil(page, 40);
  const s = await playgroundState(page);
  const result = s.platforms.hosted.snapshot?.result.guests.find((g) => g.name === 'files');
  expect(result?.state).toBe('running');
  expect(result?.workloadDoneMs).toBeGreaterThan(0);
  const card = guestCard(page, 'files', 'hosted');
  await expect(card).toHaveAttribute('data-state', 'done');
  const badge = card.locator('.state-badge');
  await expect(badge).toHaveText('✓ Work done');
  await expect(badge).toHaveAttribute('title', /^It did its 20,000 operations at 0:00:\d\d and stays up; its rate and “vs native” are over the time they took$/);
  await expect(card.getByRole('button', { name: /Migrate files/ })).toBeVisible();
});

test('a guest being migrated says so on each platform: moving, paused for its last copy or its checkpoint, then moved', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  await guestCard(page, 'build1', 'hosted').getByRole('button', { name: /^Migrate build1/ }).click();
  const dialog = page.getByRole('dialog', { name: /Migration of build1/ });
  // The moves are made at the instant the platforms are found at: wait for them before running on.
  await expect(dialog.getByRole('region', { name: 'Migration on Containers' })).toContainText('Downtime');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // runUntil stops a little past 70 s at full speed: the moves start where it stopped.
  const movedAtS = (await playgroundState(page)).nowNs / 1e9;
  await page.getByRole('button', { name: 'Step 1 s', exact: true }).click();
  const badge = (kind: 'hosted' | 'container') => guestCard(page, 'build1', kind).locator('.state-badge');
  // The container is frozen for its checkpoint (23 s); the VM runs while its memory is copied.
  await expect(badge('container')).toHaveText(/Paused/);
  await expect(badge('container')).toHaveAttribute('title', /checkpointed/);
  await expect(badge('hosted')).toHaveText(/Moving/);
  await runUntil(page, movedAtS + 30);
  await expect(badge('container')).toHaveText(/Moved/);
  await expect(guestCard(page, 'build1', 'container').getByRole('button', { name: /^Migrate build1/ })).toHaveCount(0);
});
