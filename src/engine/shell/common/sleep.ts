/**
 * sleep: waits for a stretch of virtual time (`sleep 5`, `sleep 0.5`, `sleep 2m`; several
 * operands add up, as in GNU sleep). The wait is a RunningCommand the engine wakes at the
 * deadline, so the simulation, not the wall clock, decides when it ends.
 */
import { done, type Command, type RunningCommand } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';

const SUFFIX_SECONDS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds an operand stands for, or null if it is not a time interval. */
function seconds(operand: string): number | null {
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(operand);
  if (match === null) return null;
  return Number(match[1]) * (SUFFIX_SECONDS[match[2] ?? ''] ?? 1);
}

export const sleepCommand: Command = {
  name: 'sleep',
  summary: 'wait N seconds of virtual time (suffixes s m h d)',
  run(ctx, args) {
    if (args.length === 0) return done("sleep: missing operand\nTry 'sleep --help' for more information.\n", 1);
    let total = 0;
    for (const arg of args) {
      const s = seconds(arg);
      if (s === null) return done(`sleep: invalid time interval '${arg}'\n`, 1);
      total += s;
    }
    return { kind: 'running', run: sleeper(ctx.machine.now() + total * NS_PER_S) };
  },
};

function sleeper(deadlineNs: number): RunningCommand {
  return {
    advance: (nowNs) => ({ output: '', done: nowNs >= deadlineNs, status: 0 }),
    nextWakeNs: () => deadlineNs,
    interrupt: () => '',
  };
}
