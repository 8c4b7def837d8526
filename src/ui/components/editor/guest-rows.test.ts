import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/index.ts';
import { rowsFor, showingAll, withAdded, withRemoved } from './guest-rows.ts';

const guests = (n: number): Scenario['guests'] =>
  Array.from({ length: n }, (_, i) => ({ name: `site${String(i + 1).padStart(3, '0')}`, os: 'linux', vcpus: 1, memoryMiB: 256, workload: { kind: 'idle' } }));

describe('the rows the guest table shows', () => {
  it('are every guest of a small scenario, the first few of a large one until all are asked for', () => {
    expect(rowsFor(guests(3), '').shown).toEqual([0, 1, 2]);
    const many = rowsFor(guests(300), '');
    expect(many.matched).toHaveLength(300);
    expect(many.shown).toHaveLength(12);
    expect(showingAll(many).shown).toHaveLength(300);
  });

  it('are those whose name holds the search, in any case', () => {
    expect(rowsFor(guests(300), ' SITE25').shown).toEqual([249, 250, 251, 252, 253, 254, 255, 256, 257, 258]);
    expect(rowsFor(guests(300), 'nothing').matched).toEqual([]);
  });

  it('keep a guest added, and move up past a guest removed', () => {
    const r = withAdded(rowsFor(guests(300), 'site25'), 300);
    expect(r.shown.at(-1)).toBe(300);
    expect(withRemoved(r, 250).shown).toEqual([249, 250, 251, 252, 253, 254, 255, 256, 257, 299]);
  });
});
