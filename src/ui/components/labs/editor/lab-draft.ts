/**
 * The lab editor's draft: what the teacher has typed, as strings, turned into a lab file
 * (docs/labs.md) on demand. The file, not the draft, is what is validated, exported and
 * opened, so the editor can never produce a lab that `labs check` would refuse unnoticed.
 * The draft is kept per browser, so closing the editor (to run the scenario and look) or a
 * reload loses nothing.
 */
import { z } from 'zod';
import type { CheckKind } from '../../../../labs/lab-schema.ts';
import { legacyJson, readSaved, writeSaved } from '../../../session/browser-storage.ts';

/** How an answer check knows the right answer. */
export type AnswerBy = 'accept' | 'number' | 'metric';

export interface DraftStep {
  readonly title: string;
  readonly instructions: string;
  /** One hint per line. */
  readonly hints: string;
  readonly kind: CheckKind;
  /** The check's fields as typed, by name (numbers as text; accepted answers comma-separated). */
  readonly fields: Readonly<Record<string, string>>;
}

export interface Draft {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** A preset's name. */
  readonly scenario: string;
  readonly steps: readonly DraftStep[];
}

export const DEFAULT_FIELDS: Readonly<Record<CheckKind, Readonly<Record<string, string>>>> = {
  command: { platform: 'hosted', console: 'manager', pattern: '^\\s*ps\\b' },
  metric: { metric: 'platforms.hosted.guests.web1.relativeToNative', below: '0.5', afterS: '20' },
  'guest-state': { platform: 'hosted', guest: 'web1', state: 'running' },
  answer: { question: '', by: 'accept', accept: '' },
};

export const emptyStep = (): DraftStep => ({ title: '', instructions: '', hints: '', kind: 'command', fields: DEFAULT_FIELDS.command });

export const emptyDraft = (): Draft => ({ id: 'my-lab', title: '', summary: '', scenario: 'classroom-default', steps: [emptyStep()] });

const num = (s: string | undefined): number | undefined => (s === undefined || s.trim() === '' ? undefined : Number(s.replace(',', '.')));
/** The object without its undefined fields (the lab format has optional fields, never nulls). */
const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A step's check as the lab format writes it. */
export function checkOf(step: DraftStep): Record<string, unknown> {
  const f = step.fields;
  switch (step.kind) {
    case 'command':
      return { kind: 'command', platform: f.platform, console: f.console, pattern: f.pattern };
    case 'metric':
      return defined({ kind: 'metric', metric: f.metric, above: num(f.above), below: num(f.below), afterS: num(f.afterS) });
    case 'guest-state':
      return defined({ kind: 'guest-state', platform: f.platform, guest: f.guest, state: f.state, afterS: num(f.afterS) });
    case 'answer': {
      const by = (f.by ?? 'accept') as AnswerBy;
      const accept = (f.accept ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');
      return defined({
        kind: 'answer',
        question: f.question,
        accept: by === 'accept' ? accept : undefined,
        number: by === 'number' ? num(f.number) : undefined,
        metric: by === 'metric' ? f.metric : undefined,
        tolerance: by === 'accept' ? undefined : num(f.tolerance),
      });
    }
  }
}

/** The lab file the draft describes (validated by the caller with the lab parser). */
export function labValueOf(d: Draft): Record<string, unknown> {
  return {
    version: 1,
    id: d.id,
    title: d.title,
    summary: d.summary,
    scenario: d.scenario,
    steps: d.steps.map((s) => {
      const hints = s.hints
        .split('\n')
        .map((h) => h.trim())
        .filter((h) => h !== '');
      return { title: s.title, instructions: s.instructions, ...(hints.length > 0 ? { hints } : {}), check: checkOf(s) };
    }),
  };
}

/** Saved as `virtscope.lab-draft`; before version 1 that key held the bare JSON, still read. */
const DRAFT = 'lab-draft';
const DRAFT_VERSION = 1;
const savedDraft = z.strictObject({
  id: z.string().max(100),
  title: z.string().max(200),
  summary: z.string().max(1000),
  scenario: z.string().max(100),
  steps: z
    .array(
      z.strictObject({
        title: z.string().max(200),
        instructions: z.string().max(8000),
        hints: z.string().max(12_000),
        kind: z.enum(['command', 'metric', 'guest-state', 'answer']),
        fields: z.record(z.string().max(20), z.string().max(2000)),
      }),
    )
    .max(30),
});

/** The draft this browser kept, or a new one. */
export function loadDraft(): Draft {
  const r = savedDraft.safeParse(readSaved(DRAFT, DRAFT_VERSION, legacyJson));
  return r.success ? r.data : emptyDraft();
}

export function saveDraft(d: Draft): void {
  writeSaved(DRAFT, DRAFT_VERSION, d);
}
