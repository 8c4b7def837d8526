/**
 * `inject-fault <kind> [guest]`: VirtScope's own fault injector on every management
 * console — what the page's Fault menu types, so that a recording replays it — printing
 * the blast radius on this platform, or why the kind does not apply here.
 */
import { FAULT_KINDS, isFaultKind, type FaultKind } from '../../../faults/fault-kinds.ts';
import type { FaultResult } from '../../../metrics/results.ts';
import { done, type Command } from '../../../shell/command.ts';

const USAGE = `Usage: inject-fault <kind> [guest]\nkinds: ${FAULT_KINDS.join(', ')}\n`;

export const INJECT_FAULT = 'inject-fault' as const;

/** The line the page types for a fault. */
export function injectFaultLine(kind: FaultKind, target: string | null): string {
  return target === null ? `${INJECT_FAULT} ${kind}` : `${INJECT_FAULT} ${kind} ${target}`;
}

/** What a fault did, for people: one line per outcome. */
export function describeFault(r: FaultResult): string {
  if (!r.applicable) return `${r.kind}: not applicable here: ${r.effect}\n`;
  const parts = [`${r.kind}${r.target ? ` in ${r.target}` : ''}: ${r.effect}`];
  if (r.down.length > 0) parts.push(`  went down: ${r.down.join(', ')}`);
  if (r.stalled.length > 0) parts.push(`  stalled: ${r.stalled.join(', ')}`);
  parts.push(`  kept running: ${r.keptRunning.length > 0 ? r.keptRunning.join(', ') : 'none'}`);
  if (r.containment) parts.push(`  ${r.containment}`);
  return `${parts.join('\n')}\n`;
}

export function injectFaultCommand(inject: (kind: FaultKind, target: string | null) => FaultResult): Command {
  return {
    name: INJECT_FAULT,
    summary: `VirtScope: inject a fault (${FAULT_KINDS.join(', ')}) [guest], as the page's Fault menu does`,
    run(_ctx, args) {
      const [kind, target, ...extra] = args;
      if (kind === undefined || extra.length > 0) return done(USAGE, 1);
      if (!isFaultKind(kind)) return done(`inject-fault: unknown kind "${kind}"\n${USAGE}`, 1);
      const r = inject(kind, target ?? null);
      return done(describeFault(r), r.applicable ? 0 : 1);
    },
  };
}
