/**
 * How a list of guests (a column's cards, a per-guest table) shortens for a scenario of
 * hundreds: up to FULL_LIST it shows every guest; past it, the first FIRST_SHOWN and a button
 * for all of them. A thousand cards or rows made one task of 100 ms and more to lay out.
 */
export const FULL_LIST = 24;
const FIRST_SHOWN = 12;

/** What a list of a scenario of `total` guests shows of `items`: all of them, or the first few until all are asked for. */
export function firstShown<T>(items: readonly T[], total: number, showAll: boolean): readonly T[] {
  return total > FULL_LIST && !showAll ? items.slice(0, FIRST_SHOWN) : items;
}
