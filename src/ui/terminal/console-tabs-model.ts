/**
 * What the console tab strip shows and how its keys move: pure functions over the store's
 * console list, so they are tested without a DOM.
 */
import { MANAGER } from '../../engine/index.ts';
import type { ConsoleRef } from '../store/playground-state.ts';

export interface ConsoleGroup {
  readonly platform: ConsoleRef['platform'];
  readonly consoles: readonly ConsoleRef[];
}

/** Consoles grouped by platform, groups in order of first appearance, each group's consoles in list order. */
export function groupByPlatform(consoles: readonly ConsoleRef[]): ConsoleGroup[] {
  const groups = new Map<ConsoleRef['platform'], ConsoleRef[]>();
  for (const c of consoles) {
    const list = groups.get(c.platform);
    if (list) list.push(c);
    else groups.set(c.platform, [c]);
  }
  return [...groups].map(([platform, list]) => ({ platform, consoles: list }));
}

/** A tab's visible text inside its platform's group: the title without the platform ("dom0 · bare-metal" → "dom0"). */
export function shortTitle(c: ConsoleRef): string {
  const suffix = ` · ${c.platform}`;
  return c.title.endsWith(suffix) ? c.title.slice(0, -suffix.length) : c.title;
}

/** The console shown: the store's active one if it still exists, else the first one. */
export function shownConsole(consoles: readonly ConsoleRef[], active: string | null): ConsoleRef | null {
  return consoles.find((c) => c.key === active) ?? consoles[0] ?? null;
}

/**
 * The grid: `shown`'s target (a guest, or the manager) on every platform that has it, in
 * list order, so one console can be compared across architectures side by side.
 */
export function sameTargetEverywhere(consoles: readonly ConsoleRef[], shown: ConsoleRef): ConsoleRef[] {
  return consoles.filter((c) => c.target === shown.target);
}

/** Where a key press moves the focus in a strip of `count` tabs (wrapping); null for other keys. */
export function tabIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** An element id derived from a console key ("bare-metal:web1" → "bare-metal-web1"). */
export function idFragment(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * Past this many guests a platform's tabs no longer fit a strip a person can scan: the strip
 * keeps the management consoles and the shown guest's tabs, and a picker finds the others.
 */
export const MANY_GUESTS = 12;

/** The guests' names, in list order, once each (the management consoles are not guests). */
export function guestNames(consoles: readonly ConsoleRef[]): string[] {
  return [...new Set(consoles.filter((c) => c.target !== MANAGER).map((c) => c.target))];
}

/** The tabs the strip shows: all of them, or with many guests the managers' and the shown guest's on each platform. */
export function stripConsoles(consoles: readonly ConsoleRef[], shown: ConsoleRef | null): readonly ConsoleRef[] {
  if (guestNames(consoles).length <= MANY_GUESTS) return consoles;
  return consoles.filter((c) => c.target === MANAGER || c.target === shown?.target);
}

/** The guests whose name holds `query` (case aside), those starting with it first, at most `limit`; and how many more match. */
export function matchingGuests(names: readonly string[], query: string, limit: number): { readonly names: readonly string[]; readonly more: number } {
  const q = query.trim().toLowerCase();
  const hits = names.filter((n) => n.toLowerCase().includes(q));
  const ranked = [...hits.filter((n) => n.toLowerCase().startsWith(q)), ...hits.filter((n) => !n.toLowerCase().startsWith(q))];
  return { names: ranked.slice(0, limit), more: Math.max(0, ranked.length - limit) };
}

/** `guest`'s console on `platform` if it has one there, else on the first platform that has it. */
export function guestConsole(consoles: readonly ConsoleRef[], guest: string, platform: ConsoleRef['platform'] | undefined): ConsoleRef | undefined {
  return consoles.find((c) => c.target === guest && c.platform === platform) ?? consoles.find((c) => c.target === guest);
}
