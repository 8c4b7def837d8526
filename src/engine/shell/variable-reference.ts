/**
 * A variable reference as each shell reads it in a command line: sh's `$NAME`, `${NAME}`, `$?`
 * and positional `$1` (an interactive shell has none, so empty), and cmd.exe's `%NAME%` (any
 * case) and `%ERRORLEVEL%`. An unset sh variable is empty; cmd.exe leaves an undefined
 * `%NAME%` as typed.
 */

/** A reference's value and the index just past it, or what is wrong with it. */
export type Reference = { readonly value: string; readonly end: number } | { readonly error: string };

/** The sh reference at `at`, or null when none starts there. */
export function posixReference(line: string, at: number, env: ReadonlyMap<string, string>, lastStatus: number): Reference | null {
  if (line[at] !== '$') return null;
  const rest = line.slice(at + 1);
  if (rest.startsWith('?')) return { value: String(lastStatus), end: at + 2 };
  if (rest.startsWith('{')) {
    const match = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    if (match === null) return { error: `\${: bad substitution` };
    return { value: env.get(match[1] ?? '') ?? '', end: at + 1 + match[0].length };
  }
  if (/^[0-9]/.test(rest)) return { value: '', end: at + 2 };
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
  if (name === undefined) return null;
  return { value: env.get(name) ?? '', end: at + 1 + name.length };
}

/** The cmd.exe reference at `at`, or null when none starts there or it names no variable. */
export function cmdReference(line: string, at: number, env: ReadonlyMap<string, string>, lastStatus: number): Reference | null {
  if (line[at] !== '%') return null;
  const close = line.indexOf('%', at + 1);
  if (close < 0) return null;
  const name = line.slice(at + 1, close);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
  const value = name.toUpperCase() === 'ERRORLEVEL' ? String(lastStatus) : lookupIgnoringCase(env, name);
  return value === undefined ? null : { value, end: close + 1 };
}

function lookupIgnoringCase(env: ReadonlyMap<string, string>, name: string): string | undefined {
  const exact = env.get(name);
  if (exact !== undefined) return exact;
  const upper = name.toUpperCase();
  for (const [key, value] of env) if (key.toUpperCase() === upper) return value;
  return undefined;
}
