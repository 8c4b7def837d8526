/**
 * Which guests a per-guest chart draws. Past a few dozen the bars are too thin to read and
 * every redraw costs tens of milliseconds (a hosting server's thousand guests), so the chart
 * shows the guests that stand out most — by the chart's own measure — in scenario order, and
 * says so; its Table view keeps every guest.
 */

/** The most guests a per-guest chart draws. */
export const CHARTED_GUESTS = 40;

/**
 * `names` when they are few; otherwise the `CHARTED_GUESTS` with the highest `standsOut`
 * (ties and unknowns, as -Infinity, by scenario order), still in scenario order.
 */
export function chartedGuests(names: readonly string[], standsOut: (name: string) => number): readonly string[] {
  if (names.length <= CHARTED_GUESTS) return names;
  const ranked = names.map((name, i) => ({ name, i, score: standsOut(name) })).sort((a, b) => b.score - a.score || a.i - b.i);
  const kept = new Set(ranked.slice(0, CHARTED_GUESTS).map((r) => r.name));
  return names.filter((n) => kept.has(n));
}

/** The chart's note when it shows only some guests. */
export function chartedNote(shown: number, all: number, which: string): string | null {
  return shown < all ? `The ${shown} guests ${which} of ${all.toLocaleString('en')}; the Table has every guest.` : null;
}
