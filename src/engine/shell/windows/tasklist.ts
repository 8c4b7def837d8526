/**
 * tasklist and taskkill (Windows Server 2003) over machine.processes(). Everything runs in
 * session 0 ("Console") on Server 2003; memory is each process's working set. tasklist takes
 * /?, /V, /SVC, /NH and /FI (tasklist-filter.ts) as tasklist.exe 5.2.3790 does; /S, /U, /P
 * (remote systems), /M (modules) and /FO are refused as unknown here.
 */
import type { ProcessInfo } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { parseTaskFilter, type TaskFilter } from './tasklist-filter.ts';
import { imageName, thousands } from './windows-format.ts';
import { servicesOf } from './windows-services.ts';
import { windowsUserName } from './windows-users.ts';

/** Image Name, PID, Session Name, Session# and Mem Usage: tasklist's default columns, in its widths. */
const BASE_COLUMNS: readonly Column[] = [
  { title: 'Image Name', width: 25, cell: (p) => imageName(p.command).slice(0, 25) },
  { title: 'PID', width: 6, right: true, cell: (p) => String(p.pid) },
  { title: 'Session Name', width: 16, cell: () => 'Console' },
  { title: 'Session#', width: 8, right: true, cell: () => '0' },
  { title: 'Mem Usage', width: 12, right: true, cell: (p) => `${thousands(p.memKiB)} K` },
];

/** /V's further columns (Windows XP and Server 2003 widths: Status 15, User Name 50, CPU Time 12, Window Title 72). */
function verboseColumns(ctx: CommandContext, args: readonly string[]): readonly Column[] {
  const host = ctx.machine.hostname;
  return [
    { title: 'Status', width: 15, cell: () => 'Running' },
    { title: 'User Name', width: 50, cell: (p) => windowsUserName(p.user, host) },
    { title: 'CPU Time', width: 12, right: true, cell: (p) => cpuTime(p.cpuTimeNs) },
    // The console's cmd.exe is titled with the command it runs; the services have no window.
    { title: 'Window Title', width: 72, cell: (p) => (imageName(p.command).toLowerCase() === 'cmd.exe' ? `C:\\WINDOWS\\system32\\cmd.exe - tasklist ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`.trimEnd() : 'N/A') },
  ];
}

interface Column {
  readonly title: string;
  readonly width: number;
  readonly right?: boolean;
  cell(p: ProcessInfo): string;
}

function cell(column: Column, text: string): string {
  return column.right === true ? text.padStart(column.width) : text.padEnd(column.width);
}

function table(columns: readonly Column[], procs: readonly ProcessInfo[], header: boolean): string[] {
  const row = (texts: readonly string[]): string => texts.map((t, i) => cell(columns[i] as Column, t)).join(' ').trimEnd();
  const head = header ? ['', row(columns.map((c) => c.title)), columns.map((c) => '='.repeat(c.width)).join(' ')] : [''];
  return [...head, ...procs.map((p) => row(columns.map((c) => c.cell(p))))];
}

/** "0:01:05": hours unpadded, as tasklist /v prints CPU time. */
function cpuTime(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The Services column's 45 characters: names joined by ", ", a line broken after a comma, continued under the column. */
const SERVICES_WIDTH = 45;

function svcLines(procs: readonly ProcessInfo[], header: boolean): string[] {
  const lines = header ? ['', `${'Image Name'.padEnd(25)} ${'PID'.padStart(6)} Services`, `${'='.repeat(25)} ${'='.repeat(6)} ${'='.repeat(SERVICES_WIDTH)}`] : [''];
  const indent = ' '.repeat(33);
  for (const p of procs) {
    const names = servicesOf(p);
    const wrapped: string[] = [];
    let line = '';
    names.forEach((name, i) => {
      const word = i < names.length - 1 ? `${name},` : name;
      if (line !== '' && line.length + 1 + word.length > SERVICES_WIDTH) {
        wrapped.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    });
    wrapped.push(line === '' ? 'N/A' : line);
    lines.push(`${imageName(p.command).slice(0, 25).padEnd(25)} ${String(p.pid).padStart(6)} ${wrapped[0] ?? ''}`, ...wrapped.slice(1).map((l) => indent + l));
  }
  return lines;
}

export function tasklistLines(procs: readonly ProcessInfo[]): string[] {
  return table(BASE_COLUMNS, [...procs].sort((a, b) => a.pid - b.pid), true);
}

const USAGE = 'Type "TASKLIST /?" for usage.\n';
const NO_TASKS = 'INFO: No tasks are running which match the specified criteria.\n';

/** tasklist /? on Windows Server 2003 (tasklist.exe 5.2.3790), the /S, /U, /P, /M and /FO options listed though not offered here. */
const HELP = `
TASKLIST [/S system [/U username [/P [password]]]]
         [/M [module] | /SVC | /V] [/FI filter] [/FO format] [/NH]

Description:
    This command line tool displays a list of application(s) and
    associated task(s)/process(es) currently running on either a local or
    remote system.

Parameter List:
   /S     system           Specifies the remote system to connect to.

   /U     [domain\\]user    Specifies the user context under which
                           the command should execute.

   /P     [password]       Specifies the password for the given
                           user context. Prompts for input if omitted.

   /M     [module]         Lists all tasks that have DLL modules loaded
                           in them that match the given pattern name.
                           If the module name is not specified,
                           displays all modules loaded by each task.

   /SVC                    Displays services in each process.

   /V                      Specifies that the verbose information
                           is to be displayed.

   /FI    filter           Displays a set of tasks that match a
                           given criteria specified by the filter.

   /FO    format           Specifies the output format.
                           Valid values: "TABLE", "LIST", "CSV".

   /NH                     Specifies that the "Column Header" should
                           not be displayed in the output.
                           Valid only for "TABLE" and "CSV" formats.

   /?                      Displays this help/usage.

Filters:
    Filter Name     Valid Operators           Valid Value(s)
    -----------     ---------------           --------------
    STATUS          eq, ne                    RUNNING | NOT RESPONDING
    IMAGENAME       eq, ne                    Image name
    PID             eq, ne, gt, lt, ge, le    PID value
    SESSION         eq, ne, gt, lt, ge, le    Session number
    SESSIONNAME     eq, ne                    Session name
    CPUTIME         eq, ne, gt, lt, ge, le    CPU time in the format
                                              of hh:mm:ss.
                                              hh - hours,
                                              mm - minutes, ss - seconds
    MEMUSAGE        eq, ne, gt, lt, ge, le    Memory usage in KB
    USERNAME        eq, ne                    User name in [domain\\]user
                                              format
    SERVICES        eq, ne                    Service name
    WINDOWTITLE     eq, ne                    Window title
    MODULES         eq, ne                    DLL name

Examples:
    TASKLIST
    TASKLIST /M
    TASKLIST /V
    TASKLIST /SVC
    TASKLIST /M wbem*
    TASKLIST /S system /FO LIST
    TASKLIST /S system /U domain\\username /FO CSV /NH
    TASKLIST /S system /U username /P password /FO TABLE /NH
    TASKLIST /FI "USERNAME ne NT AUTHORITY\\SYSTEM" /FI "STATUS eq running"
`;

function runTasklist(ctx: CommandContext, args: readonly string[]) {
  let verbose = false;
  let svc = false;
  let header = true;
  const filters: TaskFilter[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const sw = arg.toUpperCase().replace(/^-/, '/');
    if (sw === '/?') return done(HELP);
    if (sw === '/V') verbose = true;
    else if (sw === '/SVC') svc = true;
    else if (sw === '/NH') header = false;
    else if (sw === '/FI') {
      const value = args[++i];
      if (value === undefined) return done(`ERROR: Invalid syntax. Value expected for '/FI'.\n${USAGE}`, 1);
      const filter = parseTaskFilter(value);
      if (filter === null) return done('ERROR: The search filter cannot be recognized.\n', 1);
      filters.push(filter);
    } else return done(`ERROR: Invalid argument/option - '${arg}'.\n${USAGE}`, 1);
  }
  // /M, /SVC and /V are alternatives in the syntax line.
  if (verbose && svc) return done(`ERROR: Invalid syntax.\n${USAGE}`, 1);
  const host = ctx.machine.hostname;
  const procs = [...ctx.machine.processes()].sort((a, b) => a.pid - b.pid).filter((p) => filters.every((f) => f(p, host)));
  if (procs.length === 0) return done(NO_TASKS);
  const lines = svc ? svcLines(procs, header) : table(verbose ? [...BASE_COLUMNS, ...verboseColumns(ctx, args)] : BASE_COLUMNS, procs, header);
  return done(lines.join('\n') + '\n');
}

export const TASKLIST: Command = {
  name: 'tasklist',
  summary: 'display the running processes',
  run: runTasklist,
};

const TASKKILL_SYNTAX = 'ERROR: Invalid syntax. Neither /FI nor /PID nor /IM were specified.\nType "TASKKILL /?" for usage.\n';

function runTaskkill(ctx: CommandContext, args: readonly string[]) {
  const pids: string[] = [];
  const images: string[] = [];
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const sw = (args[i] ?? '').toUpperCase().replace(/^-/, '/');
    if (sw === '/F') force = true;
    else if (sw === '/T') continue;
    else if (sw === '/PID' || sw === '/IM') {
      const value = args[++i];
      if (value === undefined) return done(`ERROR: Invalid syntax. Value expected for '${sw}'.\nType "TASKKILL /?" for usage.\n`, 1);
      (sw === '/PID' ? pids : images).push(value);
    } else return done(`ERROR: Invalid argument/option - '${args[i] ?? ''}'.\nType "TASKKILL /?" for usage.\n`, 1);
  }
  if (pids.length === 0 && images.length === 0) return done(TASKKILL_SYNTAX, 1);
  const signal = force ? 9 : 15;
  let out = '';
  let status = 0;
  // A program's processes end together here (a workload's workers are one task): one gone since the command began went with a sibling.
  const before = new Set(ctx.machine.processes().map((p) => p.pid));
  const kill = (pid: number, label: string): void => {
    const wentWithSibling = before.has(pid) && !ctx.machine.processes().some((p) => p.pid === pid);
    const error = wentWithSibling ? null : ctx.machine.kill(pid, signal);
    if (error === null) {
      out += force ? `SUCCESS: The process ${label} has been terminated.\n` : `SUCCESS: Sent termination signal to the process ${label}.\n`;
    } else if (/no such process/i.test(error)) {
      out += `ERROR: The process "${pid}" not found.\n`;
      status = 128;
    } else {
      out += `ERROR: The process ${label} could not be terminated.\nReason: ${error}.\n`;
      status = 1;
    }
  };
  for (const text of pids) {
    if (!/^\d+$/.test(text)) {
      out += `ERROR: The process "${text}" not found.\n`;
      status = 128;
      continue;
    }
    kill(Number(text), `with PID ${text}`);
  }
  for (const image of images) {
    const matches = ctx.machine.processes().filter((p) => imageName(p.command).toLowerCase() === image.toLowerCase());
    if (matches.length === 0) {
      out += `ERROR: The process "${image}" not found.\n`;
      status = 128;
    }
    for (const p of matches) kill(p.pid, `"${imageName(p.command)}" with PID ${p.pid}`);
  }
  return done(out, status);
}

export const TASKKILL: Command = {
  name: 'taskkill',
  summary: 'end processes by PID or image name',
  run: runTaskkill,
};
