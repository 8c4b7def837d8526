/**
 * `docker update [--cpu-shares N] [--cpu-quota N [--cpu-period 100000]] [-m SIZE] CONTAINER...`
 * (Docker 1.10 on): a running container's cgroup CPU weight and quota and its memory limit,
 * changed while it runs; prints each container it updated, as Docker does. The quota is
 * over the whole container per period (CFS bandwidth control, -1: none); the model's period
 * is 100 ms. A memory limit below what the container holds makes its kernel reclaim and,
 * past its page cache, OOM-kill inside it at once. Docker's memory+swap limit is not modelled.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import { CAP_PERIOD_NS } from '../../../calibration/cpu-scheduling.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { findContainer, flagError } from './docker-ps.ts';
import { memoryMiB } from './docker-run.ts';

const PERIOD_US = CAP_PERIOD_NS / 1000;
const CLI_ERROR = 125;
/** Docker 1.12's daemon: "Minimum memory limit allowed is 4MB". */
const MIN_MEMORY_MIB = 4;

export function dockerUpdate(env: ConsoleEnv, args: readonly string[]): CommandDone {
  const limits: { cpuShares?: number; cpuCapPercent?: number | null } = {};
  let memory: number | undefined;
  let i = 0;
  for (; i < args.length && args[i]?.startsWith('-') === true; i += 2) {
    const flag = args[i] ?? '';
    if (flag === '-m' || flag === '--memory') {
      const mib = memoryMiB(args[i + 1] ?? '');
      if (mib === null) return done(`invalid argument "${args[i + 1] ?? ''}" for ${flag}\nSee 'docker update --help'.\n`, CLI_ERROR);
      if (mib < MIN_MEMORY_MIB) return done('Error response from daemon: Minimum memory limit allowed is 4MB\n', 1);
      memory = mib;
      continue;
    }
    const value = Number(args[i + 1]);
    if (flag !== '--cpu-shares' && flag !== '--cpu-quota' && flag !== '--cpu-period') return flagError(flag, 'update');
    if (!Number.isInteger(value)) return done(`invalid argument "${args[i + 1] ?? ''}" for ${flag}\nSee 'docker update --help'.\n`, CLI_ERROR);
    if (flag === '--cpu-shares') limits.cpuShares = Math.max(2, value);
    else if (flag === '--cpu-quota') limits.cpuCapPercent = value <= 0 ? null : (value / PERIOD_US) * 100;
    else if (value !== PERIOD_US) return done(`Error response from daemon: --cpu-period is ${PERIOD_US} in this model\n`, 1);
  }
  const names = args.slice(i);
  if (names.length === 0) return done(`"docker update" requires at least 1 argument(s).\nSee 'docker update --help'.\n`, CLI_ERROR);
  const cpu = limits.cpuShares !== undefined || limits.cpuCapPercent !== undefined;
  if (!cpu && memory === undefined) return done('You must provide one or more flags when using this command.\n', 1);
  let out = '';
  let status = 0;
  for (const ref of names) {
    const g = findContainer(env.manager, ref);
    const m = env.manager;
    const err =
      g === undefined
        ? `No such container: ${ref}`
        : !isUp(g)
          ? `Container ${ref} is not running`
          : ((cpu ? (m.setCpuLimits ? m.setCpuLimits(g.name, limits) : 'this console cannot update containers') : null) ??
            (memory === undefined ? null : m.setMemoryLimit ? m.setMemoryLimit(g.name, memory) : 'this console cannot update containers'));
    if (err === null) out += `${ref}\n`;
    else {
      out += `Error response from daemon: ${err}\n`;
      status = 1;
    }
  }
  return done(out, status);
}
