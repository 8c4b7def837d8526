/**
 * `docker run -d --name N [-m MEM] [--cpus N] IMAGE`: a stand-in. Nothing is pulled and no
 * command line is run: the image (docker/images.ts) decides the container's operating
 * system and workload, and the container becomes a new guest of the container platform.
 * Without `-m` or `--cpus` a container may use the whole host, as in Docker.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { createGuest, GUEST_NAME, hostCores, hostMemoryMiB } from '../common/guests.ts';
import { lines } from '../common/text.ts';
import { longId, type ContainerBook } from './containers.ts';
import { findContainer, flagError, CLI_ERROR } from './docker-ps.ts';
import { imageInfo, KNOWN_IMAGES } from './images.ts';

const MIB = 1024 * 1024;
const MAX_MIB = 1_048_576;

/** Docker's memory sizes: bytes, or a number with b, k, m or g. */
export function memoryMiB(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([bkmg]?)$/i.exec(text);
  if (m === null) return null;
  const factor = { '': 1, b: 1, k: 1024, m: MIB, g: 1024 * MIB }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Math.floor((Number(m[1]) * factor) / MIB);
}

interface RunArgs {
  name?: string;
  memory?: string;
  cpus?: string;
  image?: string;
}

function parse(args: readonly string[]): RunArgs | CommandDone {
  const r: RunArgs = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (r.image !== undefined) return done(`docker: this stand-in runs the image's own workload; a command ("${args.slice(i).join(' ')}") cannot be given.\n`, CLI_ERROR);
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '-d' || flag === '--detach') continue;
    if (flag === '--name' || flag === '-m' || flag === '--memory' || flag === '--cpus') {
      const value = inline ?? args[++i];
      if (value === undefined) return done(`flag needs an argument: ${flag}\nSee 'docker run --help'.\n`, CLI_ERROR);
      if (flag === '--name') r.name = value;
      else if (flag === '--cpus') r.cpus = value;
      else r.memory = value;
    } else if (/^-(it|ti|i|t)$/.test(flag) || flag === '--interactive' || flag === '--tty')
      return done("docker: interactive containers are not available in this console: run with -d, then use 'docker exec'.\n", CLI_ERROR);
    else if (flag.startsWith('-')) return flagError(flag, 'run');
    else r.image = a;
  }
  return r;
}

export function dockerRun(ctx: CommandContext, env: ConsoleEnv, book: ContainerBook, args: readonly string[]): CommandDone {
  const r = parse(args);
  if ('kind' in r) return r;
  if (r.image === undefined) return done(`"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n`, CLI_ERROR);
  const image = imageInfo(r.image);
  if (image === undefined) {
    const ref = r.image.includes(':') ? r.image : `${r.image}:latest`;
    return done(
      lines([
        `Unable to find image '${ref}' locally`,
        `docker: Error response from daemon: pull access denied for ${r.image.split(':')[0] ?? r.image}, repository does not exist or may require 'docker login'.`,
        `(stand-in: the images available are ${KNOWN_IMAGES.join(', ')})`,
      ]),
      CLI_ERROR,
    );
  }
  if (r.name === undefined) return done('docker: this stand-in needs --name <name> (it becomes the container\'s host name).\n', CLI_ERROR);
  if (!GUEST_NAME.test(r.name)) return done(`docker: Error response from daemon: Invalid container name (${r.name}): 1–31 letters, digits or "-", starting with a letter or digit.\n`, CLI_ERROR);
  const existing = findContainer(env.manager, r.name);
  if (existing !== undefined)
    return done(
      `docker: Error response from daemon: Conflict. The container name "/${existing.name}" is already in use by container "${longId(existing.name)}". You have to remove (or rename) that container to be able to reuse that name.\n`,
      CLI_ERROR,
    );
  const cores = hostCores(env, ctx);
  const mem = r.memory === undefined ? Math.min(MAX_MIB, Math.floor(hostMemoryMiB(env, ctx))) : memoryMiB(r.memory);
  if (mem === null || mem < 64 || mem > MAX_MIB) return done(`docker: invalid memory limit "${r.memory ?? ''}": at least 64m here (the scenario's smallest guest).\n`, CLI_ERROR);
  const cpus = r.cpus === undefined ? cores : Number(r.cpus);
  if (!Number.isFinite(cpus) || cpus < 0.01 || cpus > cores)
    return done(`docker: Error response from daemon: Range of CPUs is from 0.01 to ${cores}.00, as there are only ${cores} CPUs available.\n`, CLI_ERROR);
  // -m is the container's memory cgroup limit; without it the container may use the whole host, as in Docker.
  const spec = { name: r.name, os: image.os, vcpus: Math.min(64, Math.ceil(cpus)), memoryMiB: Math.max(64, mem), workload: image.workload };
  const created = createGuest(env.manager, r.memory === undefined ? spec : { ...spec, memoryLimitMiB: spec.memoryMiB }, true);
  // A container that was created but could not start stays, as "Created".
  if (findContainer(env.manager, r.name) !== undefined) book.created(r.name, r.image, ctx.machine.now());
  if ('error' in created) return done(`docker: Error response from daemon: ${created.error}\n`, CLI_ERROR);
  return done(`${longId(created.guest.name)}\n`);
}
