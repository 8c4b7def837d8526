/**
 * The scenario format's fields with their messages in plain words: a teacher reads
 * "guests[0].vcpus: a whole number from 1 to 64", not zod's "expected int, received number"
 * or "<=9007199254740991". A number field says the same whatever is wrong with it (empty,
 * text, a fraction, too big), and a choice names what was given and every allowed value.
 */
import { z } from 'zod';
import { quoted } from '../../untrusted/clean-line.ts';

/** An integer field from `min` to `max`, both included. */
export function wholeNumber(min: number, max: number) {
  const error = `a whole number from ${min} to ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** A number field, fractions allowed, from `min` to `max`, both included. */
export function decimal(min: number, max: number) {
  const error = `a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** One of `values`; a wrong one is named with the whole list (`unknown workload "x" (kinds: cpu-int, …)`). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, what: string, listed = 'one of') {
  const list = values.join(', ');
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? `missing: ${listed} ${list}` : `unknown ${what} ${given(issue.input)} (${listed}: ${list})`),
  });
}

/** A value given for a choice, quoted and cut short: it comes from outside. */
function given(input: unknown): string {
  return quoted(typeof input === 'string' ? input : (JSON.stringify(input) ?? typeof input));
}

const SHAPES: Readonly<Record<string, string>> = {
  string: 'text in quotes',
  boolean: 'true or false',
  object: 'a group of fields in { }',
  array: 'a list in [ ]',
  number: 'a number',
};

/**
 * The words for what no field says itself (zod's error map, given to the parse): a missing
 * or wrongly shaped part, the format version, a list too long or too short.
 */
export const plainMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'missing' : `should be ${SHAPES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => String(v)).join(' or ')}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${String(issue.maximum)} entries` : undefined;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}` : undefined;
    default:
      return undefined;
  }
};
