/**
 * The lines that break a Linux machine on purpose, run as the machine's faults
 * (faults/machine-faults.ts): the magic SysRq crash (`echo c > /proc/sysrq-trigger`,
 * Documentation/admin-guide/sysrq.rst) and the classic bash fork bomb `:(){ :|:& };:`.
 */
import type { FaultResult } from '../../metrics/results.ts';
import { done, type CommandDone } from '../command.ts';
import type { WholeLine } from '../whole-line.ts';

const SYSRQ_CRASH = /^echo\s+c\s*>\s*\/proc\/sysrq-trigger$/;
/** The bomb with any function name and spacing: `f(){ f|f& };f`. */
const FORK_BOMB = /^([A-Za-z_:][\w:]*)\s*\(\)\s*\{\s*\1\s*\|\s*\1\s*&\s*;?\s*\}\s*;\s*\1$/;

function said(r: FaultResult): string {
  return r.down.length > 0 ? `[${(r.atMs / 1000).toFixed(6)}] SysRq : Trigger a crash\nKernel panic - not syncing: sysrq triggered crash\n` : `${r.effect}\n`;
}

const sysrqCrash: WholeLine = {
  matches: (line) => SYSRQ_CRASH.test(line.trim()),
  run: (ctx): CommandDone => {
    const faults = ctx.machine.faults;
    if (!faults) return done('bash: /proc/sysrq-trigger: No such file or directory\n', 1);
    const r = faults.sysrqCrash();
    // A container may not write the trigger: the shared kernel is not its to panic.
    if (r === null) return done('bash: /proc/sysrq-trigger: Permission denied\n', 1);
    return done(said(r), r.applicable ? 0 : 1);
  },
};

const forkBomb: WholeLine = {
  matches: (line) => FORK_BOMB.test(line.trim()),
  run: (ctx): CommandDone => {
    const r = ctx.machine.faults?.forkBomb() ?? null;
    if (r === null) return done('the fork bomb is not modelled on the management host: run it in a guest\n', 1);
    // bash returns at once: the bomb runs in the background. What it fills is the fault's record.
    return done(r.containment ? `[1] ${r.containment}\n` : `${r.effect}\n`);
  },
};

export const LINUX_FAULT_LINES: readonly WholeLine[] = [sysrqCrash, forkBomb];
