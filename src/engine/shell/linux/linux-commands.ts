/**
 * The Linux shell's own commands (the informational and file ones; echo, help, exit and
 * the like are the shell's common set). Each is an action object; the session dispatches
 * them by name.
 */
import type { Command } from '../command.ts';
import { CAT } from './cat.ts';
import { CD, PWD } from './cd.ts';
import { makeDate } from './date.ts';
import { DF } from './df.ts';
import { SYSTEMD_DETECT_VIRT, VIRT_WHAT } from './detect-virt.ts';
import { DMESG } from './dmesg.ts';
import { FREE } from './free.ts';
import { HOSTNAME } from './hostname.ts';
import { makeId, WHOAMI } from './identity.ts';
import { BRCTL } from './brctl.ts';
import { IFCONFIG, IP } from './ip.ts';
import { ROUTE } from './route.ts';
import { LSPCI } from './lspci.ts';
import { IOSTAT } from './iostat.ts';
import { KILL } from './kill.ts';
import { LS } from './ls.ts';
import { LSCPU } from './lscpu.ts';
import { LSMOD } from './lsmod.ts';
import { MKDIR } from './mkdir.ts';
import { MOUNT } from './mount.ts';
import { NPROC } from './nproc.ts';
import { PING } from './ping.ts';
import { PS } from './ps.ts';
import { RM } from './rm.ts';
import { TOUCH } from './touch.ts';
import { UNAME } from './uname.ts';
import { UPTIME } from './uptime.ts';
import { VMSTAT } from './vmstat.ts';
import { makeWhich } from './which.ts';

export const LINUX_COMMANDS: readonly Command[] = [
  BRCTL,
  CAT,
  CD,
  makeDate('UTC'),
  DF,
  DMESG,
  FREE,
  HOSTNAME,
  makeId(true),
  IFCONFIG,
  IOSTAT,
  IP,
  KILL,
  LS,
  LSCPU,
  LSMOD,
  LSPCI,
  MKDIR,
  MOUNT,
  NPROC,
  PING,
  PS,
  PWD,
  RM,
  ROUTE,
  SYSTEMD_DETECT_VIRT,
  TOUCH,
  UNAME,
  UPTIME,
  VIRT_WHAT,
  VMSTAT,
  makeWhich('linux'),
  WHOAMI,
];
