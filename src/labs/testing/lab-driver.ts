/**
 * Drives a lab's scenario the way the page does, for tests: one PlatformWorkerApi per
 * platform, advanced in lockstep, consoles opened and typed into, answers given; then the
 * lab is evaluated against what the engine reports.
 */
import type { RecordedLine } from '../../engine/platform-engine.ts';
import { PlatformWorkerApi, type PlatformSnapshot } from '../../engine/platform-worker-api.ts';
import { compareWithNative } from '../../engine/run/run-scenario.ts';
import { PLATFORM_KINDS, type PlatformKind, type Scenario } from '../../engine/scenario/schema.ts';
import type { PlatformResult } from '../../engine/metrics/results.ts';
import { evaluateLab, type StepOutcome } from '../evaluate-lab.ts';
import { figureAt, type LabFigures } from '../metric-paths.ts';
import type { Lab } from '../parse-lab.ts';

export class LabDriver {
  private readonly apis = new Map<PlatformKind, PlatformWorkerApi>();
  private readonly consoles = new Map<string, number>();
  private snapshots = new Map<PlatformKind, PlatformSnapshot>();
  /** What each platform's consoles printed, by console id. */
  private readonly printed = new Map<PlatformKind, Map<number, string>>();
  private readonly answers: Record<number, string> = {};

  constructor(
    private readonly lab: Lab,
    scenario: Scenario,
  ) {
    for (const k of PLATFORM_KINDS) {
      const api = new PlatformWorkerApi();
      const r = api.load(scenario, k);
      if (!r.ok) throw new Error(r.errors.join('; '));
      this.apis.set(k, api);
    }
  }

  /** What the page shows when the lab opens, before the clock moves: each platform's first snapshot. */
  atLoad(): this {
    for (const [k, a] of this.apis) this.keepSnapshot(k, a.snapshot());
    return this;
  }

  /** Advances every platform to `seconds` of virtual time in steps of `stepS` (the page's ticks), keeping the last snapshot. */
  advanceTo(seconds: number, stepS = 1): this {
    const api = this.apis.get('native') as PlatformWorkerApi;
    let now = api.snapshot().nowNs;
    while (now < seconds * 1e9) {
      now = Math.min(seconds * 1e9, now + stepS * 1e9);
      for (const [k, a] of this.apis) this.keepSnapshot(k, a.advanceTo(now));
    }
    return this;
  }

  /** What a console (opened by `type`) has printed so far: its output as the run advanced. */
  printedBy(platform: PlatformKind, target: string): string {
    const id = this.consoles.get(`${platform}:${target}`);
    return id === undefined ? '' : (this.printed.get(platform)?.get(id) ?? '');
  }

  private keepSnapshot(k: PlatformKind, snapshot: PlatformSnapshot): void {
    this.snapshots.set(k, snapshot);
    const printed = this.printed.get(k) ?? new Map<number, string>();
    for (const [id, out] of Object.entries(snapshot.consoleOutput)) printed.set(Number(id), (printed.get(Number(id)) ?? '') + out);
    this.printed.set(k, printed);
  }

  /** Types a line into a console (a guest's name or "manager") at the current instant. */
  type(platform: PlatformKind, target: string, line: string): this {
    const key = `${platform}:${target}`;
    const api = this.apis.get(platform) as PlatformWorkerApi;
    let id = this.consoles.get(key);
    if (id === undefined) {
      const opened = api.openConsole(target);
      if ('error' in opened) throw new Error(opened.error);
      id = opened.id;
      this.consoles.set(key, id);
    }
    api.write(id, `${line}\r`);
    return this;
  }

  answer(step: number, text: string): this {
    this.answers[step] = text;
    return this;
  }

  /** A figure of the run so far, as a check sees it. */
  figure(path: string): number {
    const f = figureAt(this.figures(), path);
    if ('missing' in f) throw new Error(f.missing);
    return f.value;
  }

  outcomes(): StepOutcome[] {
    const recordings = Object.fromEntries(PLATFORM_KINDS.map((k): [PlatformKind, RecordedLine[]] => [k, (this.apis.get(k) as PlatformWorkerApi).recording()]));
    return evaluateLab(this.lab, { figures: this.figures(), recordings, answers: this.answers });
  }

  private figures(): LabFigures {
    const results = Object.fromEntries(PLATFORM_KINDS.map((k) => [k, this.need(k).result])) as Record<PlatformKind, PlatformResult>;
    const compared = compareWithNative(results);
    const platforms = Object.fromEntries(PLATFORM_KINDS.map((k) => [k, { result: compared[k], rates: this.need(k).rates }]));
    return { timeS: this.need('native').nowNs / 1e9, platforms };
  }

  private need(k: PlatformKind): PlatformSnapshot {
    const s = this.snapshots.get(k);
    if (!s) throw new Error('advance before evaluating');
    return s;
  }
}
