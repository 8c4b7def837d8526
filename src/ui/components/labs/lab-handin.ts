/**
 * A student's hand-in: the lab (whole, so a teacher's own lab travels with it), which steps
 * passed and how, the answers, and the share link of the run — the scenario, what was
 * typed and the instant — so the teacher who opens it sees the same state. A file or a
 * `#lab-report=` link; read back as untrusted input like any lab.
 */
import { z } from 'zod';
import { MAX_STEPS } from '../../../labs/lab-schema.ts';
import type { Lab } from '../../../labs/parse-lab.ts';
import type { LabProgress } from '../../store/lab-progress.ts';
import { parseBoundedJson } from '../../../untrusted/bounded-json.ts';
import type { Loaded } from '../gallery/gallery-index.ts';
import { readLab, type LoadedLab } from './fetch-lab.ts';

export const HANDIN_KEY = 'virtscopeLabHandIn';

const handInSchema = z.strictObject({
  [HANDIN_KEY]: z.literal(1),
  lab: z.record(z.string(), z.unknown()),
  passed: z.array(z.strictObject({ passed: z.literal(true), reason: z.string().max(500) }).nullable()).max(MAX_STEPS),
  answers: z.record(z.string().regex(/^\d{1,2}$/), z.string().max(500)),
  /** The run's share link (a whole address with its `#v2.…` fragment). */
  run: z.string().max(40_000),
});

export interface HandIn {
  readonly loaded: Extract<LoadedLab, { ok: true }>['value'];
  readonly progress: Pick<LabProgress, 'passed' | 'answers'>;
  readonly runLink: string;
}

export function handInText(lab: Lab, progress: Pick<LabProgress, 'passed' | 'answers'>, runLink: string): string {
  return JSON.stringify({ [HANDIN_KEY]: 1, lab, passed: progress.passed, answers: progress.answers, run: runLink }, null, 1);
}

/** Whether a parsed file is a hand-in rather than a lab. */
export function isHandIn(value: unknown): boolean {
  return typeof value === 'object' && value !== null && HANDIN_KEY in value;
}

/** A hand-in's text: its shape, then its lab as any lab file is read. */
export async function readHandIn(text: string, where: string): Promise<Loaded<HandIn>> {
  const json = parseBoundedJson(text, 400_000);
  if (!json.ok) return { ok: false, errors: [`${where}: ${json.error}`] };
  const r = handInSchema.safeParse(json.value);
  if (!r.success) return { ok: false, errors: [`${where}: not a lab hand-in VirtScope can read`] };
  const lab = await readLab(r.data.lab, `${where}: lab`);
  if (!lab.ok) return lab;
  const answers = Object.fromEntries(Object.entries(r.data.answers).map(([k, v]) => [Number(k), v]));
  return { ok: true, value: { loaded: lab.value, progress: { passed: r.data.passed, answers }, runLink: r.data.run } };
}
