/**
 * The commands each OS family's shell offers beyond the common ones: Linux and Solaris
 * have the workload tools (stress-ng, sysbench, dd, make, lmbench) as they were ported
 * there; Windows Server 2003 has its own commands only; top is Linux's (Solaris has prstat).
 */
import type { OsId } from '../os/os-families.ts';
import type { Command } from './command.ts';
import { LINUX_COMMANDS } from './linux/linux-commands.ts';
import { SOLARIS_COMMANDS } from './solaris/solaris-commands.ts';
import { TOP_COMMAND } from './top/top-command.ts';
import { WINDOWS_COMMANDS } from './windows/windows-commands.ts';
import { WORKLOAD_COMMANDS } from './workload-commands/index.ts';

export function commandsFor(family: OsId): readonly Command[] {
  switch (family) {
    case 'linux':
      return [...LINUX_COMMANDS, ...WORKLOAD_COMMANDS, TOP_COMMAND];
    case 'solaris':
      return [...SOLARIS_COMMANDS, ...WORKLOAD_COMMANDS];
    case 'windows':
      return WINDOWS_COMMANDS;
  }
}
