/**
 * Which guests the editor's table shows. A hosting server's 300 rows of five fields each
 * took seconds to lay out and to re-render per keystroke; past FULL_LIST guests the table
 * shows those whose name matches a search, the first few until all are asked for, as the
 * columns do (platform/many-guests.ts). The rows are picked when the search changes, not on
 * every edit, so a guest renamed while it is shown stays in view.
 */
import type { Scenario } from '../../../engine/index.ts';
import { firstShown } from '../platform/many-guests.ts';

export interface GuestRows {
  readonly query: string;
  /** Indices of the guests whose name matched the search when it was typed, and of guests added since. */
  readonly matched: readonly number[];
  /** The indices shown: the first of `matched`, or all of them. */
  readonly shown: readonly number[];
}

/** The rows for a search (an empty one matches every guest). */
export function rowsFor(guests: Scenario['guests'], query: string, showAll = false): GuestRows {
  const needle = query.trim().toLowerCase();
  const matched = guests.flatMap((g, i) => (needle === '' || g.name.toLowerCase().includes(needle) ? [i] : []));
  return { query, matched, shown: firstShown(matched, guests.length, showAll) };
}

export function showingAll(rows: GuestRows): GuestRows {
  return { ...rows, shown: rows.matched };
}

/** A guest added at `index` is shown, whatever the search. */
export function withAdded(rows: GuestRows, index: number): GuestRows {
  return { ...rows, matched: [...rows.matched, index], shown: [...rows.shown, index] };
}

/** The guest at `index` removed: the rows after it move up one. */
export function withRemoved(rows: GuestRows, index: number): GuestRows {
  const shift = (list: readonly number[]): number[] => list.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i));
  return { ...rows, matched: shift(rows.matched), shown: shift(rows.shown) };
}
