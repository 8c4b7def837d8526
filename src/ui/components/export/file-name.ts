/**
 * Names of exported files: the scenario's name (user input, so reduced to a safe stem: no
 * path separators, no leading dot, no characters a file system refuses) and the virtual
 * instant, e.g. `classroom-default-t75s-results.csv`.
 */

/** Longest stem kept from a scenario name, so the whole name stays well under file-system limits. */
const MAX_STEM = 60;

export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^[-._]+|[-._]+$/g, '');
  return stem || 'scenario';
}

/** The virtual instant in seconds, to the millisecond, without trailing zeros: 75 s → "t75s". */
export function virtualTimeStamp(ns: number): string {
  return `t${Number((ns / 1e9).toFixed(3))}s`;
}

export function exportFileName(scenarioName: string, nowNs: number, what: string, extension: string): string {
  return `${fileStem(scenarioName)}-${virtualTimeStamp(nowNs)}-${fileStem(what)}.${extension}`;
}
