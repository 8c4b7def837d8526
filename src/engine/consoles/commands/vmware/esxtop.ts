/**
 * `esxtop` in the ESX service console: the CPU panel, one row per running virtual machine
 * (its world group) plus the service console, with %USED and %RDY: the share of the
 * interval its vCPUs spent ready to run while every physical CPU was busy (the scheduler's
 * ready time; summed over a VM's vCPUs, as esxtop sums a group's worlds). Batch mode (`-b`)
 * prints perfmon CSV as esxtop does, each group's "% Used" and "% Ready" counters.
 */
import { done, type Command, type CommandContext } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, isUp } from '../common/guests.ts';
import { timeOfDay12, upTime } from '../common/clock.ts';
import { refreshing } from '../../../shell/common/refresh.ts';
import { slashDateTime } from '../../../shell/linux/virtual-calendar.ts';
import { fixed, intIn, left, lines, right } from '../common/text.ts';

const USAGE = 'Usage: esxtop [-b] [-d delay] [-n iterations]\n';
const S = 1e9;

interface Options {
  readonly batch: boolean;
  readonly delayS: number;
  readonly count: number | null;
}

function parse(args: readonly string[]): Options | string {
  let batch = false;
  let delayS = 5;
  let count: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-b') batch = true;
    else if (a === '-d' || a === '-n') {
      const n = intIn(args[++i], a === '-d' ? 2 : 1, 86_400);
      if (n === null) return a === '-d' ? 'esxtop: the delay (-d) is whole seconds, at least 2\n' : 'esxtop: iterations (-n) must be a positive number\n';
      if (a === '-d') delayS = n;
      else count = n;
    } else return `esxtop: unknown option "${a ?? ''}"\n`;
  }
  return { batch, delayS, count };
}

interface Row {
  readonly id: number;
  readonly name: string;
  readonly used: number;
  readonly ready: number;
}

export function esxtop(env: ConsoleEnv): Command {
  return {
    name: 'esxtop',
    summary: 'ESX resource monitor, CPU panel (%USED and %RDY per VM); -b batch CSV, -d delay, -n iterations; q quits',
    run(ctx, args) {
      const o = parse(args);
      if (typeof o === 'string') return done(o + USAGE, 1);
      const rows = consoleSampler(ctx, env);
      let columns: readonly Row[] = [];
      return {
        kind: 'running',
        run: refreshing({
          startNs: ctx.machine.now(),
          intervalNs: o.delayS * S,
          count: o.count,
          fullScreen: !o.batch,
          quitKey: !o.batch,
          frame: (now, index) => {
            const sample = rows(now);
            if (!o.batch) return screen(ctx, env, now, sample);
            if (index === 0) columns = sample;
            return (index === 0 ? csvHeader(ctx.machine.hostname, columns) : '') + csvRow(now, ctx.machine.epochUnixS, columns, sample);
          },
        }),
      };
    },
  };
}

/**
 * Samples the rows: the service console (its CPU since the last sample) and each running VM
 * (its CPU over the last second, and its ready time since the last sample, or since it
 * booted at the first).
 */
function consoleSampler(ctx: CommandContext, env: ConsoleEnv): (now: number) => readonly Row[] {
  const busy = (): number => {
    const t = ctx.machine.cpuTimes();
    return t.user + t.system;
  };
  let prevNs = ctx.machine.bootedAtNs();
  let prevBusy = 0;
  const prevReady = new Map<string, { readonly atNs: number; readonly readyNs: number }>();
  return (now) => {
    const b = busy();
    const used = now > prevNs ? ((b - prevBusy) / (now - prevNs)) * 100 : 0;
    prevNs = now;
    prevBusy = b;
    const vms = env.manager.list().filter(isUp);
    return [
      { id: 0, name: 'console', used, ready: 0 },
      ...vms.map((g) => {
        const readyNs = g.readyNs ?? 0;
        const before = prevReady.get(g.name) ?? { atNs: now - g.uptimeNs, readyNs: 0 };
        prevReady.set(g.name, { atNs: now, readyNs });
        const ready = now > before.atNs ? ((readyNs - before.readyNs) / (now - before.atNs)) * 100 : 0;
        return { id: g.domainId, name: g.name, used: g.cpuPercent, ready };
      }),
    ];
  };
}

function screen(ctx: CommandContext, env: ConsoleEnv, now: number, rows: readonly Row[]): string {
  const total = rows.reduce((sum, r) => sum + r.used, 0) / hostCores(env, ctx);
  const vms = rows.length - 1;
  return lines([
    `${right(timeOfDay12(now), 11)} up ${upTime(now - ctx.machine.bootedAtNs())}, ${vms} VM${vms === 1 ? '' : 's'}; PCPU used total: ${fixed(total, 2)}%`,
    '',
    `${right('ID', 8)} ${right('GID', 7)} ${left('NAME', 16)} ${right('%USED', 7)} ${right('%RDY', 7)}`,
    ...rows.map((r) => `${right(r.id, 8)} ${right(r.id, 7)} ${left(r.name.slice(0, 16), 16)} ${right(fixed(r.used, 2), 7)} ${right(fixed(r.ready, 2), 7)}`),
  ]);
}

const quote = (s: string): string => `"${s}"`;

function csvHeader(host: string, columns: readonly Row[]): string {
  const counters = columns.flatMap((c) => ['% Used', '% Ready'].map((k) => quote(`\\\\${host}\\Group Cpu(${c.id}:${c.name})\\${k}`)));
  return `${[quote('(PDH-CSV 4.0) (UTC)(0)'), ...counters].join(',')}\n`;
}

/** PDH-CSV's timestamp, MM/DD/YYYY on the terminals' virtual calendar (the other consoles' date). */
function csvRow(now: number, epochUnixS: number, columns: readonly Row[], sample: readonly Row[]): string {
  const values = columns.flatMap((c) => {
    const r = sample.find((x) => x.id === c.id);
    return [quote(fixed(r?.used ?? 0, 2)), quote(fixed(r?.ready ?? 0, 2))];
  });
  return `${[quote(slashDateTime(now, epochUnixS)), ...values].join(',')}\n`;
}
