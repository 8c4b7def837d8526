/**
 * The three shells a machine can offer, as data: Linux's bash, Windows' cmd.exe and
 * Solaris' Bourne sh. A flavour decides the prompt, the greeting, how a line is parsed,
 * how an unknown command is reported, and which commands exist. The session is the same
 * for all three.
 */
import type { Command, CommandContext } from './command.ts';
import type { Machine } from '../os/machine.ts';
import type { OsId } from '../os/os-families.ts';
import type { Syntax } from './parse-line.ts';
import { toDosPath } from './paths.ts';
import { clearCommand, clsCommand } from './common/clear.ts';
import { cmdEchoCommand, echoCommand } from './common/echo.ts';
import { envCommand, exportCommand, setCommand } from './common/environment.ts';
import { exitCommand } from './common/exit.ts';
import { findCommand } from './common/find.ts';
import { egrepCommand, grepCommand } from './common/grep.ts';
import { headCommand, tailCommand } from './common/head-tail.ts';
import { helpCommand } from './common/help.ts';
import { historyCommand } from './common/history.ts';
import { moreCommand } from './common/more.ts';
import { sleepCommand } from './common/sleep.ts';
import { falseCommand, trueCommand } from './common/true-false.ts';
import { wcCommand } from './common/wc.ts';
import { LINUX_FAULT_LINES } from './linux/fault-lines.ts';
import { linuxLoginBanner } from './linux/login-banner.ts';
import type { WholeLine } from './whole-line.ts';

export interface ShellFlavour {
  readonly name: 'bash' | 'cmd' | 'sh';
  /** Quoting, escapes and variable syntax of command lines. */
  readonly syntax: Syntax;
  /** The Bourne shell (Solaris 10's /sbin/sh): command substitution by backquotes only, no `$( … )`. */
  readonly bourne?: boolean;
  /** The working directory a new session starts in. */
  readonly home: string;
  prompt(ctx: CommandContext): string;
  readonly commands: readonly Command[];
  /** cmd.exe finds `DIR` as well as `dir`. */
  readonly caseInsensitive: boolean;
  /** The message for an unknown command, without a final newline. */
  notFound(name: string): string;
  /** Printed once when the session opens. */
  banner?(machine: Machine): string;
  initialEnv(machine: Machine): ReadonlyMap<string, string>;
  /** cmd.exe leaves an empty line between a command's output and the next prompt. */
  readonly blankLineAfterCommand: boolean;
  /** Lines run as a whole before parsing (bash's fork bomb, a write to /proc/sysrq-trigger). */
  readonly wholeLines?: readonly WholeLine[];
}

/** Commands every POSIX shell here offers. */
export const POSIX_COMMON_COMMANDS: readonly Command[] = [
  helpCommand,
  echoCommand,
  clearCommand,
  historyCommand,
  grepCommand,
  egrepCommand,
  headCommand,
  tailCommand,
  wcCommand,
  sleepCommand,
  trueCommand,
  falseCommand,
  exitCommand,
  envCommand,
  exportCommand,
  moreCommand,
];

/** Commands cmd.exe gets from the common set. */
export const CMD_COMMON_COMMANDS: readonly Command[] = [helpCommand, cmdEchoCommand, clsCommand, findCommand, moreCommand, exitCommand, setCommand];

const GREEN = '\x1b[01;32m';
const BLUE = '\x1b[01;34m';
const RESET = '\x1b[00m';

/** The flavour of `family`'s shell with the common commands plus the OS's own (which win on a name clash). */
export function flavourFor(family: OsId, extraCommands: readonly Command[] = []): ShellFlavour {
  switch (family) {
    case 'linux':
      return bash(merge(POSIX_COMMON_COMMANDS, extraCommands, false));
    case 'windows':
      return cmd(merge(CMD_COMMON_COMMANDS, extraCommands, true));
    case 'solaris':
      return sh(merge(POSIX_COMMON_COMMANDS, extraCommands, false));
  }
}

function merge(common: readonly Command[], extra: readonly Command[], caseInsensitive: boolean): Command[] {
  const byName = new Map<string, Command>();
  for (const command of [...common, ...extra]) byName.set(caseInsensitive ? command.name.toLowerCase() : command.name, command);
  return [...byName.values()];
}

function bash(commands: readonly Command[]): ShellFlavour {
  return {
    name: 'bash',
    syntax: 'posix',
    home: '/root',
    commands,
    caseInsensitive: false,
    blankLineAfterCommand: false,
    wholeLines: LINUX_FAULT_LINES,
    // Debian's coloured root prompt; `~` stands for root's home as in bash's \w.
    prompt: (ctx) => `${GREEN}root@${ctx.machine.hostname}${RESET}:${BLUE}${tildeHome(ctx.cwd, '/root')}${RESET}# `,
    notFound: (name) => `bash: ${name}: command not found`,
    banner: linuxLoginBanner,
    initialEnv: (machine) =>
      new Map([
        ['HOSTNAME', machine.hostname],
        ['TERM', 'xterm'],
        ['SHELL', '/bin/bash'],
        ['USER', 'root'],
        ['PATH', '/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin:/root/bin'],
        ['HOME', '/root'],
        ['LOGNAME', 'root'],
      ]),
  };
}

function cmd(commands: readonly Command[]): ShellFlavour {
  return {
    name: 'cmd',
    syntax: 'cmd',
    home: '/',
    commands,
    caseInsensitive: true,
    blankLineAfterCommand: true,
    prompt: (ctx) => `${toDosPath(ctx.cwd)}>`,
    notFound: (name) => `'${name}' is not recognized as an internal or external command,\noperable program or batch file.`,
    banner: (machine) => `${machine.osName}\n${windowsCopyright(machine.osName)}\n\n`,
    initialEnv: (machine) =>
      new Map([
        ['ComSpec', 'C:\\WINDOWS\\system32\\cmd.exe'],
        ['COMPUTERNAME', machine.hostname.toUpperCase()],
        ['NUMBER_OF_PROCESSORS', String(machine.cpu().count)],
        ['OS', 'Windows_NT'],
        ['Path', 'C:\\WINDOWS\\system32;C:\\WINDOWS;C:\\WINDOWS\\System32\\Wbem'],
        ['PATHEXT', '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH'],
        ['PROMPT', '$P$G'],
        ['SystemRoot', 'C:\\WINDOWS'],
        ['USERNAME', 'Administrator'],
        ['windir', 'C:\\WINDOWS'],
      ]),
  };
}

function sh(commands: readonly Command[]): ShellFlavour {
  return {
    name: 'sh',
    syntax: 'posix',
    bourne: true,
    // Solaris 10 gives root `/` as its home directory.
    home: '/',
    commands,
    caseInsensitive: false,
    blankLineAfterCommand: false,
    prompt: (ctx) => `${ctx.machine.hostname}# `,
    notFound: (name) => `${name}: not found`,
    // Solaris' /etc/motd.
    banner: (machine) => `Sun Microsystems Inc.   ${machine.osName} ${machine.kernelRelease}      ${machine.kernelVersion}\n`,
    initialEnv: (machine) =>
      new Map([
        ['HOME', '/'],
        ['HZ', '100'],
        ['LOGNAME', 'root'],
        ['PATH', '/usr/sbin:/usr/bin'],
        ['SHELL', '/sbin/sh'],
        ['TERM', 'xterm'],
        ['HOSTNAME', machine.hostname],
      ]),
  };
}

function tildeHome(cwd: string, home: string): string {
  if (cwd === home) return '~';
  return cwd.startsWith(home + '/') ? '~' + cwd.slice(home.length) : cwd;
}

/** The copyright line cmd.exe prints under its version, by Windows version. */
function windowsCopyright(osName: string): string {
  const version = /Version (\d+\.\d+)/.exec(osName)?.[1] ?? '';
  const years: Readonly<Record<string, string>> = { '5.0': '1985-2000', '5.1': '1985-2001', '5.2': '1985-2003' };
  const span = years[version];
  return span === undefined ? 'Copyright (c) Microsoft Corporation.  All rights reserved.' : `(C) Copyright ${span} Microsoft Corp.`;
}
