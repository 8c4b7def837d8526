import type { z } from 'zod';
import { parseBoundedJson, valueDepthProblem } from '../../untrusted/bounded-json.ts';
import { cleanLine, quoted } from '../../untrusted/clean-line.ts';
import { PRODUCT_IDS, productRefusal } from '../consoles/products.ts';
import { plainMessage } from './field-messages.ts';
import { migrateScenario } from './migrate-scenario.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

/** The outcome of reading untrusted scenario input: a scenario, or messages naming each problem. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Migrates an already-decoded JSON value from an older format version, then validates it against the scenario schema. */
export function parseScenario(value: unknown): ParseResult {
  const deep = valueDepthProblem(value);
  if (deep !== null) return { ok: false, errors: [`(scenario): ${deep}`] };
  const migrated = migrateScenario(value);
  if (!migrated.ok) return { ok: false, errors: [cleanLine(migrated.error)] };
  const r = scenarioSchema.safeParse(migrated.value, { error: plainMessage });
  const wrongProducts = productProblems(migrated.value);
  if (r.success && wrongProducts.length === 0) return { ok: true, scenario: r.data };
  // A field's checks share one message (a seed of 1e20 fails two: a safe integer, and at most 4294967295): said once.
  return { ok: false, errors: [...new Set([...(r.success ? [] : r.error.issues.map((issue) => describeIssue(issue))), ...wrongProducts])] };
}

/**
 * Products named for a platform they are not: the catalogue (consoles/products.ts) knows
 * which platform each is, the schema only their names (an unknown name is the schema's to report).
 */
function productProblems(value: unknown): string[] {
  const platforms = field(value, 'platforms');
  return (['hosted', 'bare-metal', 'container'] as const).flatMap((kind) => {
    const named = field(field(platforms, kind), 'product');
    const refusal = typeof named === 'string' && (PRODUCT_IDS as readonly string[]).includes(named) ? productRefusal(named, kind) : null;
    return refusal === null ? [] : [cleanLine(`platforms.${kind}.product: ${refusal}`)];
  });
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The longest scenario text read, characters (files are refused at as many bytes): 1,000 guests take ~150 K, pretty-printed ~250 K. */
export const MAX_SCENARIO_TEXT_CHARS = 1_000_000;

/** Parses JSON text (a leading BOM allowed), bounded in size and depth first; a syntax error becomes the same kind of message. */
export function parseScenarioText(text: string): ParseResult {
  const json = parseBoundedJson(text, MAX_SCENARIO_TEXT_CHARS);
  return json.ok ? parseScenario(json.value) : { ok: false, errors: [json.error] };
}

/** Unknown keys named in a message, the rest counted. */
const SHOWN_KEYS = 3;

/**
 * The longest message that lists a field's choices: every workload kind must show (the
 * list is the format's own; the value given is quoted and cut short), so past MAX_MESSAGE_CHARS.
 */
const MAX_CHOICES_MESSAGE_CHARS = 400;

/**
 * `guests[0].memoryMiB: a whole number from 64 to 1048576`; `root` names an issue on
 * the whole value. One clean line: keys from the input are escaped and cut short.
 */
export function describeIssue(issue: z.core.$ZodIssue, root = '(scenario)'): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? quotedKey(String(p)) : `.${quotedKey(String(p))}`))
    .join('');
  const line = `${path || root}: ${issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys) : issue.message}`;
  return issue.code === 'invalid_value' ? cleanLine(line, MAX_CHOICES_MESSAGE_CHARS) : cleanLine(line);
}

function unknownKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, SHOWN_KEYS).map((k) => quoted(k)).join(', ');
  const more = keys.length > SHOWN_KEYS ? ` and ${keys.length - SHOWN_KEYS} more` : '';
  return `unknown field${keys.length === 1 ? '' : 's'} ${shown}${more}`;
}

/** A path's key as written, unless it is not a plain name. */
function quotedKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(key) ? key : quoted(key, 24);
}
