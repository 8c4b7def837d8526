/**
 * tasklist and taskkill (Windows Server 2003) over machine.processes(). Everything runs in
 * session 0 ("Console") on Server 2003; memory is each process's working set.
 */
import type { ProcessInfo } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { imageName, thousands } from './windows-format.ts';

export function tasklistLines(procs: readonly ProcessInfo[]): string[] {
  const sorted = [...procs].sort((a, b) => a.pid - b.pid);
  return [
    '',
    `${'Image Name'.padEnd(25)} ${'PID'.padStart(6)} ${'Session Name'.padEnd(16)} ${'Session#'.padStart(8)} ${'Mem Usage'.padStart(12)}`,
    `${'='.repeat(25)} ${'='.repeat(6)} ${'='.repeat(16)} ${'='.repeat(8)} ${'='.repeat(12)}`,
    ...sorted.map(
      (p) =>
        `${imageName(p.command).slice(0, 25).padEnd(25)} ${String(p.pid).padStart(6)} ${'Console'.padEnd(16)} ${'0'.padStart(8)} ${`${thousands(p.memKiB)} K`.padStart(12)}`,
    ),
  ];
}

export const TASKLIST: Command = {
  name: 'tasklist',
  summary: 'display the running processes',
  run(ctx, args) {
    const bad = args[0];
    if (bad !== undefined) return done(`ERROR: Invalid argument/option - '${bad}'.\nType "TASKLIST /?" for usage.\n`, 1);
    return done(tasklistLines(ctx.machine.processes()).join('\n') + '\n');
  },
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
