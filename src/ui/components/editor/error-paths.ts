/**
 * Places the engine's validation messages next to the fields they are about. parseScenario
 * reports `guests[1].memoryMiB: a whole number from 64 to 1048576`; the editor keys each field by the same path.
 */

/** Messages by path; "(scenario)" holds those about the whole scenario. */
export type ErrorsByPath = ReadonlyMap<string, readonly string[]>;

/** Splits "path: message" lines (the path never contains ": "); a line without one is about the scenario. */
export function errorsByPath(errors: readonly string[]): ErrorsByPath {
  const map = new Map<string, string[]>();
  for (const line of errors) {
    const at = line.indexOf(': ');
    const path = at > 0 ? line.slice(0, at) : '(scenario)';
    const message = at > 0 ? line.slice(at + 2) : line;
    const list = map.get(path) ?? [];
    list.push(message);
    map.set(path, list);
  }
  return map;
}

/** The messages for exactly this field. */
export function errorsAt(errors: ErrorsByPath, path: string): readonly string[] {
  return errors.get(path) ?? [];
}

/**
 * Messages that no shown field claims, with their paths: they are listed at the top of the
 * editor so that none is lost (e.g. an unknown key, or a whole-scenario problem).
 */
export function unclaimedErrors(errors: ErrorsByPath, shownPaths: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [path, messages] of errors) {
    if (shownPaths.has(path)) continue;
    for (const m of messages) out.push(path === '(scenario)' ? m : `${path}: ${m}`);
  }
  return out;
}

/** The id of the element that shows a field's messages (aria-describedby of the field). */
export function errorIdFor(path: string): string {
  return `err-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
