/**
 * The numbers the benchmark tools take on their command lines (thread counts, event
 * counts, durations like `10s` or `2m`, block sizes like `4k` or `1M`), read forgivingly
 * and bounded: terminal input must not make the simulator run for days or hold huge
 * counts. A value that is not a number is an error; one that is absurd is capped.
 */
import { NS_PER_S } from '../../sim/units.ts';

/** Most threads/workers a command may start: a 2008 server had at most 16 cores, so 64 is plenty. */
export const MAX_THREADS = 64;
/** Most events, files, records or iterations a command may ask for. */
export const MAX_COUNT = 10_000_000;
/** Longest run a command may ask for, s: an hour of virtual time. */
export const MAX_SECONDS = 3600;

/** Parses a non-negative integer (`16`); null if it is not one. Caps at `max`. */
export function parseCount(text: string, max = MAX_COUNT): number | null {
  if (!/^\d{1,15}$/.test(text)) return null;
  return Math.min(Number(text), max);
}

const DURATION_UNITS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Parses a duration as stress-ng and timeout(1) read it (`10`, `10s`, `1.5m`, `2h`), in
 * nanoseconds, capped at MAX_SECONDS; null if malformed.
 */
export function parseDurationNs(text: string): number | null {
  const m = /^(\d{1,9}(?:\.\d{1,9})?)([smhd]?)$/.exec(text.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * (DURATION_UNITS[m[2] ?? ''] ?? 1);
  return Math.min(seconds, MAX_SECONDS) * NS_PER_S;
}

/** dd's multiplicative suffixes (coreutils): `c` 1, `w` 2, `b` 512, `kB` 1000, `K`/`k`/`KiB` 1024, and so on up to G. */
const SIZE_SUFFIXES: Readonly<Record<string, number>> = {
  '': 1,
  c: 1,
  w: 2,
  b: 512,
  kB: 1000,
  k: 1024,
  K: 1024,
  KiB: 1024,
  MB: 1000 ** 2,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
};

/** Parses a byte size with a dd suffix (`4k`, `1M`, `512`); null if malformed or zero. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d{1,12})([a-zA-Z]{0,3})$/.exec(text);
  if (!m) return null;
  const unit = SIZE_SUFFIXES[m[2] ?? ''];
  const bytes = Number(m[1]) * (unit ?? NaN);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}

/** A size as fio and lmbench read it: dd's suffixes, and lower-case m and g as MiB and GiB (`64m`, `1g`). */
export function parseToolSize(text: string): number | null {
  return parseByteSize(text.replace(/m$/, 'M').replace(/g$/, 'G'));
}

/** Splits `--name=value` into its parts; `--flag` has a null value. */
export function splitLongOption(arg: string): { readonly name: string; readonly value: string | null } {
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg, value: null } : { name: arg.slice(0, eq), value: arg.slice(eq + 1) };
}
