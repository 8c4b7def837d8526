/**
 * The lab format, version 1 (documented in docs/labs.md): a scenario (a preset's name or a
 * whole scenario) and steps, each with Markdown instructions, optional hints and one
 * automatic check. One zod schema validates untrusted lab files and gives the types; the
 * limits keep a lab file from making the page or the CLI allocate without bound.
 */
import { z } from 'zod';
import { linePatternProblem } from './line-pattern.ts';
import type { GuestState } from '../engine/metrics/results.ts';
import { PLATFORM_KINDS } from '../engine/scenario/schema.ts';

export const LAB_VERSION = 1;
export const MAX_STEPS = 30;

/** Every state a guest can be in (results.ts), for guest-state checks. */
export const GUEST_STATES = ['booting', 'running', 'stopped', 'crashed', 'refused'] as const satisfies readonly GuestState[];

const platform = z.enum(PLATFORM_KINDS as [string, ...string[]], { error: `a platform: ${PLATFORM_KINDS.join(', ')}` });
const markdown = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/** A figure's address in the engine's results, e.g. platforms.hosted.guests.web1.relativeToNative (see metric-paths.ts). */
const metricPath = z.string().min(1).max(200);

/** The check cannot pass before this many virtual seconds have run. */
const afterS = z.number().min(0).max(86_400).optional();

const pattern = z
  .string()
  .min(1)
  .max(200)
  .superRefine((p, ctx) => {
    const problem = linePatternProblem(p);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

const commandCheck = z.strictObject({
  kind: z.literal('command'),
  platform,
  /** A guest's name, or "manager" for the platform's management console. */
  console: z.string().min(1).max(40),
  /** A regular expression (case-insensitive) an entered line must match. */
  pattern,
});

const metricCheck = z
  .strictObject({
    kind: z.literal('metric'),
    metric: metricPath,
    above: z.number().optional(),
    below: z.number().optional(),
    afterS,
  })
  .refine((c) => c.above !== undefined || c.below !== undefined, 'needs "above" or "below" (or both)');

const guestStateCheck = z.strictObject({
  kind: z.literal('guest-state'),
  platform,
  guest: z.string().min(1).max(40),
  state: z.enum(GUEST_STATES, { error: `a guest state: ${GUEST_STATES.join(', ')}` }),
  afterS,
});

const answerCheck = z
  .strictObject({
    kind: z.literal('answer'),
    question: markdown(1000),
    /** Accepted answers, compared as answers.ts does: ignoring case, spaces, punctuation, articles, possessives and a parenthesised part. */
    accept: z.array(z.string().trim().min(1).max(200)).min(1).max(20).optional(),
    /** A numeric answer: this number … */
    number: z.number().optional(),
    /** … or the figure at this metric path when the student answers. */
    metric: metricPath.optional(),
    /** How far a numeric answer may be from the right one (default 0). */
    tolerance: z.number().min(0).optional(),
  })
  .refine((c) => [c.accept, c.number, c.metric].filter((x) => x !== undefined).length === 1, 'needs exactly one of "accept", "number" or "metric"')
  .refine((c) => c.tolerance === undefined || c.accept === undefined, '"tolerance" is for numeric answers ("number" or "metric"), not "accept"');

const CHECK_KINDS = ['command', 'metric', 'guest-state', 'answer'] as const;

export const checkSchema = z.discriminatedUnion('kind', [commandCheck, metricCheck, guestStateCheck, answerCheck], {
  error: (issue) => (issue.input === undefined ? 'missing: every step needs a check' : `a check with "kind" one of ${CHECK_KINDS.join(', ')}`),
});

const step = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(100),
  instructions: markdown(4000),
  hints: z.array(markdown(1000)).max(10).optional(),
  check: checkSchema,
});

export const labSchema = z.strictObject({
  version: z.literal(LAB_VERSION, { error: `must be ${LAB_VERSION}` }),
  id: z.string().refine(isSlug, 'lower-case letters, digits and "-", at most 40'),
  title: z.string().trim().min(1, 'must not be empty').max(100),
  summary: z.string().trim().min(1, 'must not be empty').max(500),
  /** A preset's name, or a whole scenario (validated by the engine's parseScenario). */
  scenario: z.union([z.string().refine(isSlug, 'a preset name'), z.record(z.string(), z.unknown())], {
    error: 'a preset name or a scenario object',
  }),
  steps: z.array(step).min(1, 'a lab needs at least one step').max(MAX_STEPS),
});

export type LabFile = z.infer<typeof labSchema>;
export type LabStep = LabFile['steps'][number];
export type LabCheck = LabStep['check'];
export type CheckKind = LabCheck['kind'];

/** A preset's name or a lab's id: lower-case letters, digits and "-", at most 40 (safe in a file name and a URL). */
export function isSlug(s: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,39}$/.test(s);
}

