import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema.ts';

/** The outcome of reading untrusted scenario input: a scenario, or messages naming each problem. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Validates an already-decoded JSON value against the scenario schema. */
export function parseScenario(value: unknown): ParseResult {
  const r = scenarioSchema.safeParse(value);
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, errors: r.error.issues.map(describeIssue) };
}

/** Parses JSON text, turning a syntax error into the same kind of message. */
export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseScenario(value);
}

/** `guests[0].memoryMiB: Too small: expected number to be >=64` */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  return `${path || '(scenario)'}: ${issue.message}`;
}
