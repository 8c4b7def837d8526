/** A numeric command-line option, checked: a usage error names the option and its range. */
import { quoted } from '../untrusted/clean-line.ts';
import { UsageError } from './usage-error.ts';

/** Longest run a command may ask for, in virtual seconds. */
export const MAX_DURATION_S = 86_400;

/** A plain decimal, as a person writes it: `Number()` alone would also take `0x10`, `0b11`, ` 5` and the empty string. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function numberOption(name: string, text: string, min: number, max: number, integer = false): number {
  const v = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not ${quoted(text)}`);
  return v;
}
