/**
 * A student's progress in a lab, kept per browser so a reload (or a closed laptop) does not
 * lose it: which steps passed and how, the answers, the hints shown and the step on screen.
 * Read back as untrusted input: validated, bounded, and dropped when the lab's steps have
 * changed since (a teacher edited the lab), because step numbers would no longer match.
 */
import { z } from 'zod';
import { MAX_STEPS, type LabStep } from '../../labs/lab-schema.ts';
import type { StepOutcome } from '../../labs/evaluate-lab.ts';
import { forgetSaved, legacyJson, readSaved, writeSaved } from '../session/browser-storage.ts';

export interface LabProgress {
  readonly passed: readonly (StepOutcome | null)[];
  readonly answers: Readonly<Record<number, string>>;
  readonly hintsShown: Readonly<Record<number, number>>;
  readonly current: number;
}

/** Saved as `virtscope.lab-progress.<lab>`; before version 1 of the wrapper that key held the bare JSON (with its own `version: 1`), still read. */
const NAME_PREFIX = 'lab-progress.';
const VERSION = 1;
const MAX_TEXT = 500;

const outcome = z.strictObject({ passed: z.literal(true), reason: z.string().max(MAX_TEXT) });
const stepIndex = z.coerce.number().int().min(0).max(MAX_STEPS - 1);
const saved = z.strictObject({
  /** Only in progress saved before the storage wrapper carried the version. */
  version: z.literal(1).optional(),
  /** The steps' titles when saved: progress for other steps does not apply. */
  steps: z.array(z.string().max(100)).max(MAX_STEPS),
  passed: z.array(outcome.nullable()).max(MAX_STEPS),
  answers: z.record(z.string(), z.string().max(MAX_TEXT)),
  hintsShown: z.record(z.string(), z.number().int().min(0).max(10)),
  current: stepIndex,
});

/** The saved progress for this lab, or null when there is none or it does not fit the lab's steps. */
export function loadProgress(id: string, steps: readonly LabStep[]): LabProgress | null {
  const value = readSaved(NAME_PREFIX + id, VERSION, legacyJson);
  const r = saved.safeParse(value);
  if (!r.success) return null;
  const p = r.data;
  const titles = steps.map((s) => s.title);
  if (p.steps.length !== titles.length || p.steps.some((t, i) => t !== titles[i]) || p.passed.length !== titles.length) return null;
  const inRange = <T>(rec: Record<string, T>): Record<number, T> =>
    Object.fromEntries(Object.entries(rec).filter(([k]) => stepIndex.safeParse(k).success && Number(k) < titles.length));
  return { passed: p.passed, answers: inRange(p.answers), hintsShown: inRange(p.hintsShown), current: Math.min(p.current, titles.length - 1) };
}

export function saveProgress(id: string, steps: readonly LabStep[], p: LabProgress): void {
  const { passed, answers, hintsShown, current } = p;
  writeSaved(NAME_PREFIX + id, VERSION, { steps: steps.map((s) => s.title), passed, answers, hintsShown, current });
}

export function forgetProgress(id: string): void {
  forgetSaved(NAME_PREFIX + id);
}
