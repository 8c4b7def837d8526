/**
 * The lines the page's buttons type on the management console (a fault, a restart), so that
 * a recording replays them: recognised by their command, typed by hand or by a button.
 */
import { INJECT_FAULT } from './inject-fault.ts';
import { RESTART_GUEST } from './restart-guest.ts';

const PAGE_ACTIONS: ReadonlySet<string> = new Set([INJECT_FAULT, RESTART_GUEST]);

/** Whether `line` runs one of the page's actions. */
export function isPageAction(line: string): boolean {
  return PAGE_ACTIONS.has(line.trim().split(/\s+/)[0] ?? '');
}
