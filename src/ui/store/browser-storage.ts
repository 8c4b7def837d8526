/**
 * What the page remembers per browser (theme, lab progress, the tour, presenter mode) in
 * localStorage. Storage may be absent or refuse access (private mode, a sandboxed frame):
 * then nothing is remembered and the page still works. What is read back is untrusted —
 * another tab, an older version or a person may have written it — so callers validate it.
 */

export function readStored(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Saves a value (null removes it); a refusal (quota, no storage) only means it is not remembered. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (typeof localStorage === 'undefined') return;
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not persisted; the state still holds for this page.
  }
}
