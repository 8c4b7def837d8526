/** localStorage as a plain map, as a browser keeps it between reloads, for unit tests (undo with vi.unstubAllGlobals). */
import { vi } from 'vitest';

export function stubMemoryStorage(): Map<string, string> {
  const m = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
  vi.stubGlobal('localStorage', storage);
  return m;
}
