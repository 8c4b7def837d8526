import type { z } from 'zod';
import { migrateScenario } from './migrate-scenario.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

/** The outcome of reading untrusted scenario input: a scenario, or messages naming each problem. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Migrates an already-decoded JSON value from an older format version, then validates it against the scenario schema. */
export function parseScenario(value: unknown): ParseResult {
  const migrated = migrateScenario(value);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const r = scenarioSchema.safeParse(migrated.value);
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, errors: r.error.issues.map((issue) => describeIssue(issue)) };
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

/** `guests[0].memoryMiB: Too small: expected number to be >=64`; `root` names an issue on the whole value. */
export function describeIssue(issue: z.core.$ZodIssue, root = '(scenario)'): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  return `${path || root}: ${issue.message}`;
}
