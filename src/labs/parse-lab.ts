/**
 * Reads an untrusted lab file: the schema (lab-schema.ts), an inline scenario through the
 * engine's own parseScenario, then what the checks refer to (consoles, guests, figures)
 * against the lab's scenario. Every mistake comes back as one message naming where it is
 * in the file, e.g. `steps[2].check.guest: the scenario has no guest "web9"`.
 */
import type { z } from 'zod';
import { describeIssue, parseScenario } from '../engine/scenario/parse-scenario.ts';
import { parseBoundedJson, valueDepthProblem } from '../untrusted/bounded-json.ts';
import { cleanLine, quoted } from '../untrusted/clean-line.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import { checkSchema, isSlug, labSchema, type LabCheck, type LabFile } from './lab-schema.ts';
import { metricPathProblem } from './metric-paths.ts';

/** A lab whose inline scenario, if it has one, has been validated. */
export type Lab = Omit<LabFile, 'scenario'> & { readonly scenario: string | Scenario };

export type LabParseResult = { ok: true; lab: Lab } | { ok: false; errors: string[] };

/** A preset's scenario by name (undefined when there is none); without it, preset references are not checked. */
export type ScenarioLookup = (name: string) => Scenario | undefined;

/** Lab files larger than this are refused before parsing. */
export const MAX_LAB_BYTES = 200_000;

export function parseLab(value: unknown, presetScenario?: ScenarioLookup): LabParseResult {
  const deep = valueDepthProblem(value);
  if (deep !== null) return { ok: false, errors: [`(lab): ${deep}`] };
  const r = labSchema.safeParse(value);
  const raw: { scenario?: unknown; steps?: unknown } = typeof value === 'object' && value !== null ? value : {};
  const scenario = scenarioOf(raw.scenario, presetScenario);
  // With mistakes in the format, the checks that did parse are still checked against the scenario: every mistake at once.
  const steps = r.success ? r.data.steps : Array.isArray(raw.steps) ? raw.steps.map(parsedCheck) : [];
  const errors = [...(r.success ? [] : r.error.issues.map(describeLabIssue)), ...scenario.errors, ...labReferenceProblems(steps, scenario.scenario)];
  if (!r.success || errors.length > 0) return { ok: false, errors: errors.map((e) => cleanLine(e)) };
  const file = r.data;
  return { ok: true, lab: { ...file, scenario: typeof file.scenario === 'string' ? file.scenario : (scenario.scenario as Scenario) } };
}

/** A lab file's text (a leading BOM allowed), bounded in size and depth before it is parsed. */
export function parseLabText(text: string, presetScenario?: ScenarioLookup): LabParseResult {
  const json = parseBoundedJson(text, MAX_LAB_BYTES);
  return json.ok ? parseLab(json.value, presetScenario) : { ok: false, errors: [json.error] };
}

/**
 * What the checks name that the scenario does not have. Without a scenario (a preset the
 * caller could not look up), only the metric paths' shapes are checked.
 */
export function labReferenceProblems(steps: readonly ({ readonly check: LabCheck } | undefined)[], scenario: Scenario | undefined): string[] {
  const guests = scenario ? new Set(scenario.guests.map((g) => g.name)) : null;
  const problems: string[] = [];
  const noGuest = (name: string): boolean => guests !== null && !guests.has(name);
  steps.forEach((step, i) => {
    if (!step) return;
    const { check } = step;
    const at = `steps[${i}].check`;
    if (check.kind === 'command' && check.console !== 'manager' && noGuest(check.console))
      problems.push(`${at}.console: the scenario has no guest ${quoted(check.console)} (a guest's name, or "manager")`);
    if (check.kind === 'guest-state' && noGuest(check.guest)) problems.push(`${at}.guest: the scenario has no guest ${quoted(check.guest)}`);
    const metric = check.kind === 'metric' || check.kind === 'answer' ? check.metric : undefined;
    const bad = metric === undefined ? null : metricPathProblem(metric, scenario);
    if (bad !== null) problems.push(`${at}.metric: ${bad}`);
  });
  return problems;
}

/** The lab's scenario: a preset looked up by name, or an inline one validated, with its mistakes under `scenario`. */
function scenarioOf(value: unknown, presetScenario: ScenarioLookup | undefined): { scenario?: Scenario; errors: string[] } {
  if (typeof value === 'string') {
    const found = presetScenario?.(value);
    if (found) return { scenario: found, errors: [] };
    // A string the schema refuses is reported there; an unknown preset here.
    return { errors: presetScenario && isSlug(value) ? [`scenario: there is no preset named ${quoted(value)}`] : [] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { errors: [] };
  const s = parseScenario(value);
  if (s.ok) return { scenario: s.scenario, errors: [] };
  return { errors: s.errors.map((e) => `scenario${e.startsWith('(scenario)') ? e.slice('(scenario)'.length) : `.${e}`}`) };
}

/** A raw step's check, if it is well formed. */
function parsedCheck(step: unknown): { check: LabCheck } | undefined {
  const c = checkSchema.safeParse(typeof step === 'object' && step !== null ? (step as { check?: unknown }).check : undefined);
  return c.success ? { check: c.data } : undefined;
}

/** Like the scenario's messages, with "missing" for an absent field. */
function describeLabIssue(issue: z.core.$ZodIssue): string {
  const text = describeIssue(issue, '(lab)');
  return text.replace(/Invalid input: expected (\w+), received undefined$/, 'missing (a $1 is needed)');
}
