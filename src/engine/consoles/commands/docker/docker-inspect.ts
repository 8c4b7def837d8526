/**
 * `docker inspect [-f TEMPLATE] CONTAINER...`: a container's low-level record as Docker 1.12
 * prints it (a JSON array, four-space indents), cut down to the fields the model knows: its
 * ID, creation, state (the host pid of its main process, when it started or stopped), image,
 * name, storage driver, cgroup limits (Docker shows 0 for none, and for the default CPU
 * weight) and address. Docker 1.12 had no NanoCpus (`--cpus` came in 1.13). A stopped
 * container's StartedAt is left out: the manager keeps no start time once it stops.
 * `-f` takes `{{.Path}}` and `{{json .Path}}`, the forms people type.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import { civilTime, clockTime, pad2 } from '../../../shell/linux/virtual-calendar.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { longId, type ContainerBook } from './containers.ts';
import { imageId, splitReference } from './docker-images.ts';
import { findContainer, flagError } from './docker-ps.ts';
import { inspectTemplate } from './inspect-template.ts';

/** Go's zero time, which Docker prints for a time that has not happened. */
const ZERO_TIME = '0001-01-01T00:00:00Z';
/** The kernel's default CPU weight, which Docker reports as 0 (not set). */
const DEFAULT_SHARES = 1024;
/** CFS bandwidth period, µs (docker update's --cpu-period, the model's 100 ms). */
const PERIOD_US = 100_000;

/** RFC 3339 with nanoseconds, trailing zeros dropped (Go's RFC3339Nano), on the consoles' calendar. */
export function rfc3339Nano(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  const frac = String(Math.floor(Math.max(0, ns) % 1e9)).padStart(9, '0').replace(/0+$/, '');
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${clockTime(ns, epochUnixS)}${frac === '' ? '' : `.${frac}`}Z`;
}

function status(g: ManagedGuest, book: ContainerBook): string {
  if (isUp(g)) return g.paused === true ? 'paused' : 'running';
  return (g.state === 'stopped' || g.state === 'crashed') && (g.stoppedNs ?? book.stoppedNs(g)) !== undefined ? 'exited' : 'created';
}

/** The host pid of the container's main process: the one of its processes whose parent is not among them. */
function mainPid(ctx: CommandContext, g: ManagedGuest): number {
  const own = ctx.machine.processes().filter((p) => p.container === g.name);
  const pids = new Set(own.map((p) => p.pid));
  const roots = own.filter((p) => !pids.has(p.ppid)).map((p) => p.pid);
  return roots.length === 0 ? 0 : Math.min(...roots);
}

function state(ctx: CommandContext, g: ManagedGuest, book: ContainerBook): Record<string, unknown> {
  const up = isUp(g);
  const stopped = g.stoppedNs ?? book.stoppedNs(g);
  const crashed = g.state === 'crashed';
  return {
    Status: status(g, book),
    Running: up,
    Paused: up && g.paused === true,
    Restarting: false,
    OOMKilled: crashed && /out of memory/i.test(g.reason ?? ''),
    Dead: false,
    Pid: up ? mainPid(ctx, g) : 0,
    ExitCode: book.exitCode(g),
    Error: '',
    ...(up ? { StartedAt: rfc3339Nano(ctx.machine.now() - g.uptimeNs, ctx.machine.epochUnixS) } : {}),
    FinishedAt: !up && stopped !== undefined ? rfc3339Nano(stopped, ctx.machine.epochUnixS) : ZERO_TIME,
  };
}

function network(env: ConsoleEnv, g: ManagedGuest): Record<string, unknown> {
  const m = isUp(g) ? env.manager.machineOf(g.name) : null;
  const nic = m?.interfaces().find((i) => i.name !== 'lo' && i.ipv4 !== '');
  return { Gateway: nic?.gateway ?? '', IPAddress: nic?.ipv4 ?? '', IPPrefixLen: nic?.prefix ?? 0, MacAddress: nic?.mac.toLowerCase() ?? '' };
}

function record(ctx: CommandContext, env: ConsoleEnv, book: ContainerBook, g: ManagedGuest): Record<string, unknown> {
  const image = book.image(g);
  const { repository, tag } = splitReference(image);
  const overlay = (env.options.scenario?.platforms.container.storage ?? 'overlay') === 'overlay';
  const cap = g.cpuCapPercent;
  return {
    Id: longId(g.name),
    Created: rfc3339Nano(book.createdNs(g), ctx.machine.epochUnixS),
    State: state(ctx, g, book),
    Image: `sha256:${imageId(repository, tag)}`,
    Name: `/${g.name}`,
    Driver: overlay ? 'overlay' : 'vfs',
    HostConfig: {
      CpuShares: g.cpuShares === undefined || g.cpuShares === DEFAULT_SHARES ? 0 : g.cpuShares,
      Memory: (g.memoryLimitMiB ?? 0) * 2 ** 20,
      CpuPeriod: cap === undefined ? 0 : PERIOD_US,
      CpuQuota: cap === undefined ? 0 : Math.round((cap / 100) * PERIOD_US),
    },
    Config: { Hostname: g.name, Image: image },
    NetworkSettings: network(env, g),
  };
}

export function dockerInspect(ctx: CommandContext, env: ConsoleEnv, book: ContainerBook, args: readonly string[]): CommandDone {
  let format: string | undefined;
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-f' || a === '--format') {
      format = args[++i];
      if (format === undefined) return done(`flag needs an argument: ${a}\nSee 'docker inspect --help'.\n`, 125);
    } else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a.startsWith('-')) return flagError(a, 'inspect');
    else refs.push(a);
  }
  if (refs.length === 0) return done(`"docker inspect" requires at least 1 argument(s).\nSee 'docker inspect --help'.\n`, 1);
  const found: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const g = findContainer(env.manager, ref);
    if (g === undefined) errors.push(`Error: No such image, container or task: ${ref}\n`);
    else found.push(record(ctx, env, book, g));
  }
  const status = errors.length > 0 ? 1 : 0;
  if (format === undefined) return done(`${JSON.stringify(found, null, 4)}\n${errors.join('')}`, status);
  let out = '';
  for (const r of found) {
    const line = inspectTemplate(format, r);
    if ('error' in line) return done(`Template parsing error: ${line.error}\n`, 1);
    out += `${line.text}\n`;
  }
  return done(out + errors.join(''), status);
}
