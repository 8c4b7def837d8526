/**
 * Evaluates a lab's checks against a run: the engine's figures, each platform's recording
 * of the lines typed into its consoles, and the student's answers. Pure: the page, the CLI
 * and the tests give it plain data and get, per step, whether it passes and why (not).
 */
import type { RecordedLine } from '../engine/platform-engine.ts';
import type { PlatformKind } from '../engine/scenario/schema.ts';
import { answerIsStartOf, numericAnswer, textAnswerMatches } from './answers.ts';
import type { LabCheck, LabFile } from './lab-schema.ts';
import { fileWording, type LabWording } from './lab-wording.ts';
import { linePattern } from './line-pattern.ts';
import { figureAt, type LabFigures } from './metric-paths.ts';

export interface LabRun {
  readonly figures: LabFigures;
  /** Lines entered in each platform's consoles, with their virtual times. */
  readonly recordings: Partial<Readonly<Record<PlatformKind, readonly RecordedLine[]>>>;
  /** What the student typed for each answer step, by step index. */
  readonly answers: Readonly<Record<number, string>>;
}

export interface StepOutcome {
  readonly passed: boolean;
  /** What was seen, in words: why it passes or what is still missing. */
  readonly reason: string;
}

export function evaluateLab(lab: Pick<LabFile, 'steps'>, run: LabRun, words: LabWording = fileWording): StepOutcome[] {
  return lab.steps.map((s, i) => evaluateCheck(s.check, run, run.answers[i], words));
}

export function evaluateCheck(check: LabCheck, run: LabRun, answer: string | undefined, words: LabWording = fileWording): StepOutcome {
  switch (check.kind) {
    case 'command':
      return commandOutcome(check, run, words);
    case 'metric':
      return metricOutcome(check, run.figures, words);
    case 'guest-state':
      return guestStateOutcome(check, run.figures, words);
    case 'answer':
      return answerOutcome(check, run.figures, answer, words);
  }
}

function commandOutcome(check: Extract<LabCheck, { kind: 'command' }>, run: LabRun, words: LabWording): StepOutcome {
  // The lab was validated, so its pattern compiles.
  const matches = linePattern(check.pattern) ?? (() => false);
  const where = words.console(check.platform, check.console);
  const lines = (run.recordings[check.platform as PlatformKind] ?? []).filter((l) => l.target === check.console);
  const hit = lines.find((l) => matches(l.line));
  if (hit) return { passed: true, reason: `"${hit.line}" was run in ${where} at ${(hit.atNs / 1e9).toFixed(1)} s` };
  return { passed: false, reason: lines.length === 0 ? `nothing has been typed in ${where} yet` : `no command typed in ${where} matches yet` };
}

function metricOutcome(check: Extract<LabCheck, { kind: 'metric' }>, figures: LabFigures, words: LabWording): StepOutcome {
  const early = tooEarly(check.afterS, figures, words);
  if (early) return early;
  const f = figureAt(figures, check.metric);
  if ('missing' in f) return { passed: false, reason: notMeasured(check.metric, words) };
  const v = f.value;
  const ok = (check.above === undefined || v > check.above) && (check.below === undefined || v < check.below);
  const value = (x: number): string => words.value(check.metric, x);
  const wanted = [check.above === undefined ? null : `above ${value(check.above)}`, check.below === undefined ? null : `below ${value(check.below)}`].filter((x) => x !== null).join(' and ');
  return { passed: ok, reason: `${words.figure(check.metric)} is ${value(v)}${ok ? ', ' : ', not yet '}${wanted}` };
}

function guestStateOutcome(check: Extract<LabCheck, { kind: 'guest-state' }>, figures: LabFigures, words: LabWording): StepOutcome {
  const early = tooEarly(check.afterS, figures, words);
  if (early) return early;
  const who = words.guest(check.platform, check.guest);
  const result = figures.platforms[check.platform as PlatformKind]?.result;
  const g = result?.guests.find((x) => x.name === check.guest);
  if (!g) return { passed: false, reason: `no figures for ${who} yet` };
  const ok = g.state === check.state;
  // A crash a guest has come back from (containers restarting with their host's kernel) still happened:
  // a student who pressed Verify a moment late is not stuck for good.
  const downBy = !ok && check.state === 'crashed' ? result?.faults?.find((f) => f.down.includes(check.guest)) : undefined;
  if (downBy) return { passed: true, reason: `${who} crashed at ${(downBy.atMs / 1000).toFixed(1)} s and is ${g.state} again` };
  // At 0:00:00 nothing has powered on: the engine has the guest booting, its card reads "Not started".
  if (!ok && g.state === 'booting' && figures.timeS === 0) {
    return { passed: false, reason: `${who} is not started (waiting for ${check.state}): guests power on once the clock moves (${words.moveClock})` };
  }
  return { passed: ok, reason: `${who} is ${g.state}${ok ? '' : ` (waiting for ${check.state})`}` };
}

function answerOutcome(check: Extract<LabCheck, { kind: 'answer' }>, figures: LabFigures, answer: string | undefined, words: LabWording): StepOutcome {
  if (answer === undefined || answer.trim() === '') return { passed: false, reason: 'not answered yet' };
  if (check.accept) {
    if (textAnswerMatches(answer, check.accept)) return { passed: true, reason: 'right answer' };
    if (answerIsStartOf(answer, check.accept)) return { passed: false, reason: 'on the right track, but not the whole answer: say more' };
    return { passed: false, reason: 'not the answer we are looking for; try again' };
  }
  const given = numericAnswer(answer, check.question);
  if ('problem' in given) return { passed: false, reason: given.problem };
  let expected = check.number;
  if (check.metric !== undefined) {
    const f = figureAt(figures, check.metric);
    if ('missing' in f) return { passed: false, reason: `cannot check yet: ${notMeasured(check.metric, words)}` };
    expected = f.value;
  }
  const ok = expected !== undefined && Math.abs(given.value - expected) <= (check.tolerance ?? 0);
  return ok ? { passed: true, reason: 'right answer' } : { passed: false, reason: 'not the answer we are looking for; try again' };
}

/** Why a figure has no value, and what gives it one: the run measures its figures only as its clock moves. */
function notMeasured(path: string, words: LabWording): string {
  return `${words.figure(path)} has no value yet: the run measures it as its clock moves (${words.moveClock})`;
}

/** A not-yet outcome while virtual time is before the check's `afterS`. */
function tooEarly(afterS: number | undefined, figures: LabFigures, words: LabWording): StepOutcome | null {
  if (afterS === undefined || figures.timeS >= afterS) return null;
  return { passed: false, reason: `not before the clock reaches ${words.time(afterS)} (now ${words.time(figures.timeS)})` };
}
