import { afterEach, describe, expect, test } from 'vitest';
import { loadPreset, MANAGER, type PlatformKind } from '../../engine/index.ts';
import { ConsoleRouter } from './console-router.ts';
import { WorkerTerminatedError, createInProcessPlatformWorker, type PlatformWorker } from './platform-worker.ts';

const workers: PlatformWorker[] = [];
afterEach(() => workers.splice(0).forEach((w) => w.terminate()));

/** An in-process hosted worker on classroom-default that replayed `lines` on its manager, one a second. */
async function workerAfterReplay(lines: string[]): Promise<PlatformWorker> {
  const worker = createInProcessPlatformWorker('hosted');
  workers.push(worker);
  expect(await worker.load(loadPreset('classroom-default'), 'hosted')).toEqual({ ok: true });
  await worker.replay(lines.map((line, i) => ({ atNs: i * 1e9, target: MANAGER, line })));
  await worker.advanceTo(lines.length * 1e9);
  return worker;
}

/** A router over the hosted worker `current()` names (a restart replaces it). */
function routerOn(current: () => PlatformWorker): ConsoleRouter {
  return new ConsoleRouter(async <T>(kind: PlatformKind, f: (w: PlatformWorker) => Promise<T>) => (kind === 'hosted' ? f(current()) : null));
}

async function routerAfterReplay(lines: string[]): Promise<{ router: ConsoleRouter; worker: PlatformWorker }> {
  const worker = await workerAfterReplay(lines);
  return { router: routerOn(() => worker), worker };
}

function capture(router: ConsoleRouter, key: string): { text: () => string } {
  let text = '';
  router.listen(key, (d) => (text += d));
  return { text: () => text };
}

describe('the console router', () => {
  test('a terminal opened on a replayed target shows the replayed lines and their output, then what follows', async () => {
    const { router, worker } = await routerAfterReplay(['echo first', 'echo second']);
    const shown = capture(router, 'hosted:manager');
    const id = await router.open('hosted:manager');
    expect(shown.text()).toMatch(/echo first\r\nfirst\r\n[^]*echo second\r\nsecond\r\n/);
    await router.write('hosted:manager', 'echo third\r');
    router.route('hosted', (await worker.advanceTo(4e9)).consoleOutput);
    expect(shown.text()).toMatch(/echo third\r\nthird\r\n/);
    expect(shown.text().match(/echo first/g)).toHaveLength(1);
    expect(await router.open('hosted:manager')).toBe(id);
  });

  test('a resumed terminal (its worker restarted) gets only the prompt of the replayed console, not the history again', async () => {
    let worker = await workerAfterReplay([]);
    const router = routerOn(() => worker);
    const shown = capture(router, 'hosted:manager');
    await router.open('hosted:manager');
    await router.write('hosted:manager', 'echo first\r');
    router.route('hosted', (await worker.advanceTo(1e9)).consoleOutput);
    const before = shown.text();
    expect(before).toMatch(/first\r\n/);

    worker = await workerAfterReplay(['echo first']);
    router.forget('hosted');
    await router.reopenListened('hosted', true);
    const after = shown.text().slice(before.length);
    expect(after).not.toContain('first');
    expect(after).toMatch(/^\S*[$#] $/);
  });

  test('output for a console nobody listens to is kept for its first listener', async () => {
    const { router, worker } = await routerAfterReplay([]);
    const off = router.listen('hosted:manager', () => {});
    await router.open('hosted:manager');
    off();
    await router.write('hosted:manager', 'echo unheard\r');
    router.route('hosted', (await worker.advanceTo(1e9)).consoleOutput);
    expect(capture(router, 'hosted:manager').text()).toMatch(/unheard\r\n/);
  });
});

describe('a worker ended while a console opens', () => {
  test('the open fails as a whole: the resize it sends is not left as a stray rejected promise', async () => {
    const ended = { consoleFor: () => Promise.resolve({ id: 7, backlog: '' }), resize: () => Promise.reject(new WorkerTerminatedError('hosted')) } as unknown as PlatformWorker;
    // As the store's `use` does: a failed call is reported there and answers null.
    const router = new ConsoleRouter(<T>(_kind: PlatformKind, f: (w: PlatformWorker) => Promise<T>) => f(ended).catch(() => null));
    await router.resize('hosted:web1', 80, 24);
    expect(await router.open('hosted:web1')).toBeNull();
  });
});
