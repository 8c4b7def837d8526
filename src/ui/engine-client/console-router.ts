/**
 * The page's side of the consoles: which console key each worker's numeric console id is,
 * who listens to each key, and the size each terminal last asked for. A console is opened
 * in its worker on first use — the target's console a replay types into, if there is one,
 * with what it printed so far — and the bytes of every snapshot are routed to the key's
 * listeners. Output for a key nobody listens to yet is kept (bounded) for its first listener.
 */
import { PLATFORM_KINDS, type PlatformKind } from '../../engine/index.ts';
import { parseConsoleKey } from './console-refs.ts';
import type { PlatformWorker } from './platform-worker.ts';

/**
 * Runs a call on a platform's current worker if it is healthy; resolves null when it is not,
 * or when the call failed (the caller's `use` records the failure as the worker's health).
 */
export type UseWorker = <T>(kind: PlatformKind, f: (w: PlatformWorker) => Promise<T>) => Promise<T | null>;

type Listener = (data: string) => void;

/** Output kept per key while nobody listens, as a terminal's scrollback is bounded too. */
const MAX_UNHEARD = 1 << 20;

interface PlatformConsoles {
  /** Bumped whenever the platform's worker is replaced or reloaded: answers for an older epoch are dropped. */
  epoch: number;
  readonly ids: Map<string, Promise<number | null>>;
  readonly keyById: Map<number, string>;
}

export class ConsoleRouter {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly sizes = new Map<string, { columns: number; rows: number }>();
  private readonly unheard = new Map<string, string>();
  private readonly platforms = Object.fromEntries(
    PLATFORM_KINDS.map((k): [PlatformKind, PlatformConsoles] => [k, { epoch: 0, ids: new Map(), keyById: new Map() }]),
  ) as Record<PlatformKind, PlatformConsoles>;

  constructor(private readonly use: UseWorker) {}

  /** Subscribes to a key's output and opens its console; returns the unsubscribe. */
  listen(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    const kept = this.unheard.get(key);
    this.unheard.delete(key);
    if (kept) listener(kept);
    void this.open(key);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(key) === set) this.listeners.delete(key);
    };
  }

  /**
   * The console's id in its worker, opening it on first use; null if it cannot be opened
   * (unknown key, unhealthy worker, or the engine refused — its reason goes to the listeners).
   * What the console printed before goes to the listeners too; `resumed` (a restarted worker,
   * whose terminal already shows the history) keeps only its last line, the prompt.
   */
  open(key: string, resumed = false): Promise<number | null> {
    const ref = parseConsoleKey(key);
    if (!ref) return Promise.resolve(null);
    const p = this.platforms[ref.platform];
    const known = p.ids.get(key);
    if (known) return known;
    const epoch = p.epoch;
    const opening = this.use(ref.platform, async (w) => {
      const r = await w.consoleFor(ref.target);
      if (p.epoch !== epoch) return null;
      if ('error' in r) {
        this.emit(key, `\r\n\x1b[31m${r.error}\x1b[0m\r\n`);
        return null;
      }
      p.keyById.set(r.id, key);
      const size = this.sizes.get(key);
      // Awaited inside the call, so a worker ended meanwhile fails this open, not a stray promise.
      if (size) await w.resize(r.id, size.columns, size.rows);
      const backlog = resumed ? r.backlog.slice(r.backlog.lastIndexOf('\n') + 1) : r.backlog;
      if (backlog) this.emit(key, backlog);
      return r.id;
    });
    p.ids.set(key, opening);
    // A failed open (unhealthy worker) is not cached: the next use tries again.
    void opening.then((id) => {
      if (id === null && p.ids.get(key) === opening) p.ids.delete(key);
    });
    return opening;
  }

  /** Sends keystrokes (in order: each waits only for its console to be open). */
  write(key: string, data: string): Promise<void> {
    return this.withId(key, (w, id) => w.write(id, data));
  }

  resize(key: string, columns: number, rows: number): Promise<void> {
    this.sizes.set(key, { columns, rows });
    const ref = parseConsoleKey(key);
    if (!ref || !this.platforms[ref.platform].ids.has(key)) return Promise.resolve();
    return this.withId(key, (w, id) => w.resize(id, columns, rows));
  }

  /** Hands a snapshot's console bytes to their listeners. */
  route(kind: PlatformKind, output: Readonly<Record<number, string>>): void {
    const { keyById } = this.platforms[kind];
    for (const [id, data] of Object.entries(output)) {
      const key = keyById.get(Number(id));
      if (key !== undefined && data) this.emit(key, data);
    }
  }

  /** Forgets a platform's console ids (its worker was replaced or reloaded). */
  forget(kind: PlatformKind): void {
    const p = this.platforms[kind];
    p.epoch++;
    p.ids.clear();
    p.keyById.clear();
    for (const key of this.unheard.keys()) if (parseConsoleKey(key)?.platform === kind) this.unheard.delete(key);
  }

  /** Opens again, in a new worker, every console of `kind` someone is listening to (`resumed`: see open). */
  reopenListened(kind: PlatformKind, resumed = false): Promise<unknown> {
    const keys = [...this.listeners.keys()].filter((k) => parseConsoleKey(k)?.platform === kind);
    return Promise.all(keys.map((k) => this.open(k, resumed)));
  }

  /** Writes a notice (not from the engine) to a platform's listened consoles. */
  notify(kind: PlatformKind, text: string): void {
    for (const key of this.listeners.keys()) if (parseConsoleKey(key)?.platform === kind) this.emit(key, text);
  }

  dispose(): void {
    this.listeners.clear();
    for (const k of PLATFORM_KINDS) this.forget(k);
  }

  private async withId(key: string, f: (w: PlatformWorker, id: number) => Promise<void>): Promise<void> {
    const ref = parseConsoleKey(key);
    if (!ref) return;
    const p = this.platforms[ref.platform];
    const epoch = p.epoch;
    const id = await this.open(key);
    if (id === null || p.epoch !== epoch) return;
    await this.use(ref.platform, (w) => f(w, id));
  }

  private emit(key: string, data: string): void {
    const set = this.listeners.get(key);
    if (set) for (const l of [...set]) l(data);
    else this.unheard.set(key, ((this.unheard.get(key) ?? '') + data).slice(-MAX_UNHEARD));
  }
}
