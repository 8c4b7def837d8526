/**
 * The Solaris 10 shell's own commands: the Linux implementations where Solaris prints the
 * same, Solaris's own where it differs (uname, ps, df, ls, cat, ifconfig, uptime, ping,
 * kill and cd's wording), which (its own wording for a miss) and the Solaris-only zonename, zoneadm (a zone's view), prstat, prtconf, psrinfo, swap -s, vmstat and iostat -x.
 */
import type { Command } from '../command.ts';
import { makeCat } from '../linux/cat.ts';
import { PWD, makeCd } from '../linux/cd.ts';
import { makeDate } from '../linux/date.ts';
import { DMESG } from '../linux/dmesg.ts';
import { HOSTNAME } from '../linux/hostname.ts';
import { makeId, WHOAMI } from '../linux/identity.ts';
import { makeKill } from '../linux/kill.ts';
import { makeLs } from '../linux/ls.ts';
import { MKDIR } from '../linux/mkdir.ts';
import { RM } from '../linux/rm.ts';
import { TOUCH } from '../linux/touch.ts';
import { makeWhich } from '../linux/which.ts';
import { SOLARIS_DF } from './df.ts';
import { SOLARIS_IFCONFIG } from './ifconfig.ts';
import { SOLARIS_PING } from './ping.ts';
import { PRSTAT } from './prstat.ts';
import { PRTCONF } from './prtconf.ts';
import { SOLARIS_PS } from './ps.ts';
import { PSRINFO } from './psrinfo.ts';
import { SWAP } from './swap.ts';
import { SUNOS_UNAME } from './uname.ts';
import { SOLARIS_UPTIME } from './uptime.ts';
import { SOLARIS_IOSTAT } from './iostat.ts';
import { SOLARIS_VMSTAT } from './vmstat.ts';
import { ZONENAME } from './zonename.ts';
import { ZONE_ZONEADM } from './zoneadm.ts';

/** The Bourne shell's wording for cd. */
export const SOLARIS_CD: Command = makeCd({
  missing: (arg) => `sh: ${arg}: does not exist\n`,
  notDir: (arg) => `sh: ${arg}: not a directory\n`,
});

/** The Bourne shell's kill. */
export const SOLARIS_KILL: Command = makeKill({
  usage: 'kill: usage: kill [ [ -sig ] id ... | -l ]\n',
  badSignal: (spec) => `kill: ${spec}: bad signal\n`,
  badPid: (arg) => `kill: ${arg}: arguments should be jobs or process id's\n`,
  refused: (pid, error) => `kill: ${pid}: ${error.toLowerCase()}\n`,
});

export const SOLARIS_COMMANDS: readonly Command[] = [
  makeCat('solaris'),
  SOLARIS_CD,
  makeDate('GMT'),
  SOLARIS_DF,
  DMESG,
  HOSTNAME,
  makeId(false),
  SOLARIS_IFCONFIG,
  SOLARIS_KILL,
  makeLs('solaris'),
  MKDIR,
  SOLARIS_PING,
  PRSTAT,
  PRTCONF,
  SOLARIS_PS,
  PSRINFO,
  PWD,
  RM,
  SWAP,
  TOUCH,
  SUNOS_UNAME,
  SOLARIS_UPTIME,
  SOLARIS_IOSTAT,
  SOLARIS_VMSTAT,
  makeWhich('solaris'),
  WHOAMI,
  ZONE_ZONEADM,
  ZONENAME,
];
