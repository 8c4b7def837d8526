/**
 * The four platform workers behind the playground, one slot each: who the current worker
 * is, its health in the store, the calls made on it, and what was typed into it (the
 * recording a restart types again). A failed call or a crash ends that worker and shows
 * why in its column and consoles; answers from a worker since replaced are dropped.
 */
import type { StoreApi } from 'zustand/vanilla';
import { PLATFORM_KINDS, type PlatformKind, type RecordedLine } from '../../engine/index.ts';
import { ConsoleRouter } from '../engine-client/console-router.ts';
import { HangError, WorkerTerminatedError, type PlatformWorker, type PlatformWorkerFactory } from '../engine-client/platform-worker.ts';
import type { Playground, PlatformView, WorkerHealth } from './playground-state.ts';

/** How often a healthy worker's command recording is fetched (wall ms), besides after each entered line. */
const RECORDING_EVERY_MS = 3_000;
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** A line for every open console of a platform, dimmed, as a system message. */
export const systemLine = (text: string): string => `\r\n${DIM}[${text.replace(/\n/g, '\r\n')}]${RESET}\r\n`;

interface Slot {
  worker: PlatformWorker | null;
  stopCrashWatch: () => void;
  /** The last recording fetched while healthy: what a restart types again. */
  recording: RecordedLine[];
  recordingDirty: boolean;
  recordingAtMs: number;
}

export const perPlatform = <T>(f: (k: PlatformKind) => T): Record<PlatformKind, T> =>
  Object.fromEntries(PLATFORM_KINDS.map((k) => [k, f(k)])) as Record<PlatformKind, T>;

export const startingView = (kind: PlatformKind): PlatformView => ({ kind, health: 'starting', snapshot: null });

export class WorkerSlots {
  readonly router: ConsoleRouter;
  private readonly slots = perPlatform((): Slot => ({ worker: null, stopCrashWatch: () => {}, recording: [], recordingDirty: false, recordingAtMs: 0 }));
  private disposed = false;

  constructor(
    private readonly store: StoreApi<Playground>,
    private readonly factory: PlatformWorkerFactory,
    private readonly now: () => number,
  ) {
    this.router = new ConsoleRouter((k, f) => this.use(k, f));
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  health(k: PlatformKind): WorkerHealth {
    return this.store.getState().platforms[k].health;
  }

  worker(k: PlatformKind): PlatformWorker | null {
    return this.slots[k].worker;
  }

  patchPlatform(k: PlatformKind, view: PlatformView): void {
    this.store.setState((s) => ({ platforms: { ...s.platforms, [k]: view } }));
  }

  /** Records a failed call or crash as the worker's health, and ends that worker. */
  fail(k: PlatformKind, w: PlatformWorker, e: unknown): void {
    if (this.disposed || this.slots[k].worker !== w || e instanceof WorkerTerminatedError) return;
    const h = this.health(k);
    if (h !== 'ok' && h !== 'starting') return;
    const problem = e instanceof Error ? e.message : String(e);
    const hung = e instanceof HangError;
    w.terminate();
    this.patchPlatform(k, { ...this.store.getState().platforms[k], health: hung ? 'hung' : 'crashed', problem });
    this.router.notify(k, systemLine(`${hung ? 'hung' : 'crashed'}: ${problem}`));
  }

  /** Runs a call on a specific worker; null when it fails or the worker was replaced meanwhile. */
  callOn<T>(k: PlatformKind, w: PlatformWorker, f: (w: PlatformWorker) => Promise<T>): Promise<T | null> {
    return f(w).then(
      (v) => (this.slots[k].worker === w && !this.disposed ? v : null),
      (e: unknown) => {
        this.fail(k, w, e);
        return null;
      },
    );
  }

  /** Runs a call on the platform's worker if it is healthy. */
  use<T>(k: PlatformKind, f: (w: PlatformWorker) => Promise<T>): Promise<T | null> {
    const w = this.slots[k].worker;
    return w && this.health(k) === 'ok' ? this.callOn(k, w, f) : Promise.resolve(null);
  }

  /** A fresh worker in the platform's slot (the old one ended), shown as starting. */
  replaceWorker(k: PlatformKind): PlatformWorker {
    const slot = this.slots[k];
    const old = slot.worker;
    slot.stopCrashWatch();
    const w = this.factory(k);
    slot.worker = w;
    slot.stopCrashWatch = w.onCrash((problem) => this.fail(k, w, new Error(problem)));
    this.router.forget(k);
    this.patchPlatform(k, { ...startingView(k), snapshot: this.store.getState().platforms[k].snapshot });
    old?.terminate();
    return w;
  }

  recording(k: PlatformKind): RecordedLine[] {
    return this.slots[k].recording;
  }

  /** What a restart of the platform types again; `fresh` when it was just fetched or replayed. */
  setRecording(k: PlatformKind, lines: readonly RecordedLine[], fresh = false): void {
    const slot = this.slots[k];
    slot.recording = [...lines];
    if (fresh) slot.recordingAtMs = this.now();
  }

  /** Something was typed or done on the platform: its recording is fetched at the next chance. */
  markTyped(k: PlatformKind): void {
    this.slots[k].recordingDirty = true;
  }

  isTyped(k: PlatformKind): boolean {
    return this.slots[k].recordingDirty;
  }

  /** Fetches the recordings that are due (all of `kinds` when forced). */
  async refreshRecordings(kinds: readonly PlatformKind[], force = false): Promise<void> {
    const t = this.now();
    const due = kinds.filter((k) => force || this.slots[k].recordingDirty || t - this.slots[k].recordingAtMs >= RECORDING_EVERY_MS);
    await Promise.all(
      due.map(async (k) => {
        const slot = this.slots[k];
        slot.recordingDirty = false;
        slot.recordingAtMs = t;
        const w = slot.worker;
        const lines = await this.use(k, (x) => x.recording());
        if (lines && slot.worker === w) slot.recording = lines;
      }),
    );
  }

  /** Terminates the platform's worker and takes the crash path (a test hook). */
  crash(k: PlatformKind): void {
    const w = this.slots[k].worker;
    if (w) this.fail(k, w, new Error(`the ${k} worker was terminated (crashPlatform test hook)`));
  }

  /** Freezes the platform's worker: its calls go unanswered until the hang timeout (a test hook). */
  hang(k: PlatformKind): void {
    this.slots[k].worker?.freeze();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const slot of Object.values(this.slots)) {
      slot.stopCrashWatch();
      slot.worker?.terminate();
      slot.worker = null;
    }
    this.router.dispose();
  }
}
