/**
 * The engine client: the one module that knows Comlink (STYLE 6). A PlatformWorker is one
 * platform's engine behind a message port — a module Web Worker in the page, or an
 * in-process `PlatformWorkerApi` over a MessageChannel in Node tests — with every call
 * bounded by a wall-clock timeout (a worker that does not answer is hung, not slow).
 */
import * as Comlink from 'comlink';
import { PlatformWorkerApi, type PlatformKind } from '../../engine/index.ts';

/** Runs `cb` after `ms` wall milliseconds; returns a function that cancels it. */
export type Schedule = (cb: () => void, ms: number) => () => void;

/** The browser's (and Node's) timer as a Schedule. */
export const scheduleWithTimeout: Schedule = (cb, ms) => {
  const id = setTimeout(cb, ms);
  return () => clearTimeout(id);
};

/** How long a call may go unanswered before its worker counts as hung, wall ms. */
export const DEFAULT_HANG_TIMEOUT_MS = 8_000;

/**
 * The bound for `load`, which builds a platform's whole model from the scenario: its work
 * grows with the guests, and a 1,000-guest scenario took over 8 s to load in a worker on a
 * busy 2-core laptop (the other three platforms load at the same time). A worker that is
 * truly hung is still caught.
 */
export const BUILD_HANG_TIMEOUT_MS = 60_000;

type Api = PlatformWorkerApi;
type MethodName = keyof Api;

/** Every PlatformWorkerApi method, answered as a promise. */
export type PlatformCalls = {
  readonly [K in MethodName]: Api[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/** The methods a worker serves; `satisfies` makes the compiler check the list against the class. */
const METHODS = {
  load: true,
  advanceTo: true,
  snapshot: true,
  openConsole: true,
  consoleFor: true,
  write: true,
  resize: true,
  closeConsole: true,
  recording: true,
  replay: true,
  injectFault: true,
  restartGuest: true,
  migrate: true,
  startDensity: true,
  densityStep: true,
  cancelDensity: true,
} as const satisfies Record<MethodName, true>;

export interface PlatformWorker extends PlatformCalls {
  readonly kind: PlatformKind;
  /** Called once if the worker fails outside a call (an uncaught error, an unreadable message). */
  onCrash(cb: (problem: string) => void): () => void;
  /** Ends the worker; calls still waiting reject with WorkerTerminatedError. Idempotent. */
  terminate(): void;
  /** Fault injection (tests, `?testHooks`): from now on nothing reaches the worker, so calls time out. */
  freeze(): void;
}

export type PlatformWorkerFactory = (kind: PlatformKind) => PlatformWorker;

export interface PlatformWorkerOptions {
  readonly timeoutMs?: number;
  /** The bound of `load`, which builds the model; never shorter than `timeoutMs`. */
  readonly buildTimeoutMs?: number;
  readonly schedule?: Schedule;
}

/** A call the worker did not answer in time: the worker is hung (or far too slow to be useful). */
export class HangError extends Error {
  override readonly name = 'HangError';
  constructor(
    readonly kind: PlatformKind,
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`the ${kind} worker did not answer ${method}() within ${timeoutMs / 1000} s`);
  }
}

/** A call cut short because its worker was terminated. */
export class WorkerTerminatedError extends Error {
  override readonly name = 'WorkerTerminatedError';
  constructor(readonly kind: PlatformKind) {
    super(`the ${kind} worker was terminated`);
  }
}

/** One platform's engine in a module Web Worker (the page). */
export function createPlatformWorker(kind: PlatformKind, options: PlatformWorkerOptions = {}): PlatformWorker {
  const worker = new Worker(new URL('../../engine/engine.worker.ts', import.meta.url), { type: 'module', name: kind });
  const client = connect(kind, worker, () => worker.terminate(), options);
  const onError = (e: ErrorEvent): void => client.crash(e.message ? `the ${kind} worker failed: ${e.message}` : `the ${kind} worker failed`);
  const onMessageError = (): void => client.crash(`the ${kind} worker sent a message that could not be read`);
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  client.addCleanup(() => {
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
  });
  return client.worker;
}

/** One platform's engine on this thread, reached through a MessageChannel (Node tests, benches). */
export function createInProcessPlatformWorker(kind: PlatformKind, options: PlatformWorkerOptions = {}): PlatformWorker {
  const channel = new MessageChannel();
  Comlink.expose(new PlatformWorkerApi(), channel.port1);
  const client = connect(kind, channel.port2, () => {
    channel.port1.close();
    channel.port2.close();
  }, options);
  return client.worker;
}

interface Connection {
  readonly worker: PlatformWorker;
  crash(problem: string): void;
  addCleanup(f: () => void): void;
}

function connect(kind: PlatformKind, endpoint: Comlink.Endpoint, end: () => void, options: PlatformWorkerOptions): Connection {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HANG_TIMEOUT_MS;
  const buildTimeoutMs = Math.max(timeoutMs, options.buildTimeoutMs ?? BUILD_HANG_TIMEOUT_MS);
  const schedule = options.schedule ?? scheduleWithTimeout;
  let frozen = false;
  let ended = false;
  const pending = new Set<(e: Error) => void>();
  const crashListeners = new Set<(problem: string) => void>();
  const cleanups: (() => void)[] = [];
  const remote = Comlink.wrap<Api>(gate(endpoint, () => frozen || ended));

  const call = (method: MethodName, args: unknown[]): Promise<unknown> => {
    if (ended) return Promise.reject(new WorkerTerminatedError(kind));
    return new Promise((resolve, reject) => {
      const settle = (): void => {
        cancel();
        pending.delete(fail);
      };
      const fail = (e: Error): void => {
        settle();
        reject(e);
      };
      const bound = method === 'load' ? buildTimeoutMs : timeoutMs;
      const cancel = schedule(() => fail(new HangError(kind, method, bound)), bound);
      pending.add(fail);
      const fn = remote[method] as unknown as (...a: unknown[]) => Promise<unknown>;
      fn(...args).then(
        (v) => {
          if (!pending.has(fail)) return;
          settle();
          resolve(v);
        },
        (e: unknown) => {
          if (pending.has(fail)) fail(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  };

  const terminate = (): void => {
    if (ended) return;
    ended = true;
    crashListeners.clear();
    cleanups.forEach((f) => f());
    end();
    for (const fail of [...pending]) fail(new WorkerTerminatedError(kind));
  };

  const calls = Object.fromEntries(
    Object.keys(METHODS).map((m) => [m, (...args: unknown[]) => call(m as MethodName, args)]),
  ) as unknown as PlatformCalls;

  const worker: PlatformWorker = {
    ...calls,
    kind,
    onCrash(cb) {
      crashListeners.add(cb);
      return () => crashListeners.delete(cb);
    },
    terminate,
    freeze() {
      frozen = true;
    },
  };
  return {
    worker,
    crash(problem) {
      const listeners = [...crashListeners];
      terminate();
      listeners.forEach((cb) => cb(problem));
    },
    addCleanup(f) {
      cleanups.push(f);
    },
  };
}

/** An endpoint that drops what is posted while `closed()` says so (a frozen worker hears nothing). */
function gate(target: Comlink.Endpoint, closed: () => boolean): Comlink.Endpoint {
  const ep: Comlink.Endpoint = {
    postMessage(message: unknown, transfer?: Transferable[]) {
      if (!closed()) target.postMessage(message, transfer);
    },
    addEventListener: (type, listener, options) => target.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => target.removeEventListener(type, listener, options),
  };
  if (target.start) ep.start = () => target.start?.();
  return ep;
}
