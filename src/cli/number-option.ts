/** A numeric command-line option, checked: a usage error names the option and its range. */
import { UsageError } from './usage-error.ts';

export function numberOption(name: string, text: string, min: number, max: number, integer = false): number {
  const v = Number(text);
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not "${text}"`);
  return v;
}
