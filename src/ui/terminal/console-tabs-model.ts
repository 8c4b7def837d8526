/**
 * What the console tab strip shows and how its keys move: pure functions over the store's
 * console list, so they are tested without a DOM.
 */
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
