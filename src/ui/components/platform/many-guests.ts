/**
 * How a list of guests (a column's cards, a per-guest table) shortens for a scenario of
 * hundreds: up to FULL_LIST it shows every guest; past it, the first FIRST_SHOWN and a button
 * for all of them. A thousand cards or rows made one task of 100 ms and more to lay out.
 */
export const FULL_LIST = 24;
export const FIRST_SHOWN = 12;
