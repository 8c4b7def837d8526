/**
 * `docker version` and `docker info` as Docker 1.12.0 prints them on Linux (the release whose
 * containerd shim the host's ps shows): the client's and daemon's build, and the daemon's
 * containers, images, storage driver and host. Layout and fixed fields from 1.12.0 output
 * in public notes; the counts, the driver, the kernel and the host are this platform's.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB, isUp } from '../common/guests.ts';
import { hexFrom } from '../common/ids.ts';
import { lines } from '../common/text.ts';
import type { ContainerBook } from './containers.ts';
import { localImages } from './docker-images.ts';
import { bytesSize } from './go-units.ts';

const BUILD = [' Version:      1.12.0', ' API version:  1.24', ' Go version:   go1.6.3', ' Git commit:   8eab29e', ' Built:        Thu Jul 28 22:00:36 2016', ' OS/Arch:      linux/amd64'];

export function dockerVersion(args: readonly string[]): CommandDone {
  if (args.length > 0) return done(`unknown flag: ${args[0] ?? ''}\nSee 'docker version --help'.\n`, 125);
  return done(lines(['Client:', ...BUILD, '', 'Server:', ...BUILD]));
}

/** The daemon's ID: twelve groups of four base-32 characters (5 bits each), derived from the host's name. */
function daemonId(hostname: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...hexFrom(`dockerd:${hostname}`, 60)].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  const chars = Array.from({ length: 48 }, (_, i) => alphabet[parseInt(bits.slice(5 * i, 5 * i + 5), 2)] ?? 'A');
  return Array.from({ length: 12 }, (_, i) => chars.slice(4 * i, 4 * i + 4).join('')).join(':');
}

export function dockerInfo(ctx: CommandContext, env: ConsoleEnv, book: ContainerBook, args: readonly string[]): CommandDone {
  if (args.length > 0) return done(`unknown flag: ${args[0] ?? ''}\nSee 'docker info --help'.\n`, 125);
  const all = env.manager.list();
  const up = all.filter(isUp);
  const paused = up.filter((g) => g.paused === true).length;
  // Docker counts a paused container as paused, not running.
  const running = up.length - paused;
  const images = localImages(env.manager, book).length;
  const m = ctx.machine;
  // Layered images go through overlay (Docker's driver for kernels from 3.18); a plain directory tree is vfs.
  const overlay = (env.options.scenario?.platforms.container.storage ?? 'overlay') === 'overlay';
  return done(
    lines([
      `Containers: ${all.length}`,
      ` Running: ${running}`,
      ` Paused: ${paused}`,
      ` Stopped: ${all.length - up.length}`,
      `Images: ${images}`,
      'Server Version: 1.12.0',
      `Storage Driver: ${overlay ? 'overlay' : 'vfs'}`,
      ...(overlay ? [' Backing Filesystem: extfs'] : []),
      'Logging Driver: json-file',
      'Cgroup Driver: cgroupfs',
      'Plugins:',
      ' Volume: local',
      ' Network: bridge null host overlay',
      'Swarm: inactive',
      'Runtimes: runc',
      'Default Runtime: runc',
      'Security Options: apparmor seccomp',
      `Kernel Version: ${m.kernelRelease}`,
      `Operating System: ${m.distribution}`,
      'OSType: linux',
      `Architecture: ${m.arch}`,
      `CPUs: ${hostCores(env, ctx)}`,
      `Total Memory: ${bytesSize(hostMemoryMiB(env, ctx) * 2 ** 20).replace(/([\d.])([A-Za-z])/, '$1 $2')}`,
      `Name: ${m.hostname}`,
      `ID: ${daemonId(m.hostname)}`,
      'Docker Root Dir: /var/lib/docker',
      'Debug Mode (client): false',
      'Debug Mode (server): false',
      'Registry: https://index.docker.io/v1/',
      // Ubuntu's kernel does not account swap per cgroup unless booted with swapaccount=1.
      'WARNING: No swap limit support',
      'Insecure Registries:',
      ' 127.0.0.0/8',
    ]),
  );
}
