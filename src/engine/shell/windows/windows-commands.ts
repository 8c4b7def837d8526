/**
 * cmd.exe's own commands on Windows Server 2003 (echo, cls, set and the like are the
 * shell's common set). The session matches names case-insensitively.
 */
import type { Command } from '../command.ts';
import { WIN_DATE, WIN_TIME, WIN_WHOAMI } from './date-time.ts';
import { DIR } from './dir.ts';
import { CHDIR, DEL, ERASE, MD, TYPE, WIN_CD, WIN_MKDIR } from './file-commands.ts';
import { IPCONFIG } from './ipconfig.ts';
import { WIN_PING } from './ping.ts';
import { SYSTEMINFO } from './systeminfo.ts';
import { TASKKILL, TASKLIST } from './tasklist.ts';
import { VER, WIN_HOSTNAME } from './ver.ts';

export const WINDOWS_COMMANDS: readonly Command[] = [
  WIN_CD,
  CHDIR,
  WIN_DATE,
  DEL,
  DIR,
  ERASE,
  WIN_HOSTNAME,
  IPCONFIG,
  MD,
  WIN_MKDIR,
  WIN_PING,
  SYSTEMINFO,
  TASKKILL,
  TASKLIST,
  WIN_TIME,
  TYPE,
  VER,
  WIN_WHOAMI,
];
