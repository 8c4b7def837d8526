/**
 * `docker`, the Docker command line on the container host: ps, images, inspect, logs, start,
 * stop, kill, pause, unpause, run (a stand-in that creates a guest), exec (one command, through the shell the
 * integrator lends), stats, top, update (CPU shares and quota), info and version. `rm` is
 * refused with the reason: the guest manager cannot remove a guest from the scenario.
 */
import { done, type Command, type CommandOutcome } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { commandLine, lines } from '../common/text.ts';
import { ContainerBook, longId } from './containers.ts';
import { dockerImages } from './docker-images.ts';
import { dockerInfo, dockerVersion } from './docker-info.ts';
import { dockerInspect } from './docker-inspect.ts';
import { dockerKill } from './docker-kill.ts';
import { dockerLogs } from './docker-logs.ts';
import { dockerPause } from './docker-pause.ts';
import { dockerPs, dockerStartStop, findContainer, flagError } from './docker-ps.ts';
import { dockerRun } from './docker-run.ts';
import { dockerStats } from './docker-stats.ts';
import { dockerTop } from './docker-top.ts';
import { dockerUpdate } from './docker-update.ts';

const USAGE = lines([
  'Usage:\tdocker COMMAND',
  '',
  'A self-sufficient runtime for containers',
  '',
  'Commands (available in this console):',
  '  exec        Run a command in a running container',
  '  images      List images',
  '  info        Display system-wide information',
  '  inspect     Return low-level information on a container',
  '  kill        Kill one or more running containers',
  '  logs        Fetch the logs of a container (not modelled: says so)',
  '  pause       Pause all processes within one or more containers',
  '  ps          List containers',
  '  run         Run a new container (stand-in: docker run -d --name NAME [-m MEM] [--cpus N] IMAGE)',
  '  start       Start one or more stopped containers',
  '  stats       Display a live stream of container(s) resource usage statistics',
  '  stop        Stop one or more running containers',
  '  top         Display the running processes of a container',
  '  unpause     Unpause all processes within one or more containers',
  '  update      Update the CPU shares and quota of one or more containers',
  '  version     Show the Docker version information',
]);

export function docker(env: ConsoleEnv): Command {
  const book = new ContainerBook();
  return {
    name: 'docker',
    summary: 'Docker: ps [-a], images, inspect [-f FMT] <name>, logs <name>, start|stop|kill|pause|unpause <name>, run -d --name N IMAGE (stand-in), exec <name> <cmd>, stats [--no-stream] [name…], top <name>, update --cpu-shares|--cpu-quota N <name>, info, version',
    run(ctx, args) {
      const [sub, ...rest] = args;
      switch (sub) {
        case undefined:
        case '--help':
        case 'help':
          return done(USAGE);
        case 'ps':
          return dockerPs(ctx, env.manager, book, rest);
        case 'images':
          return dockerImages(ctx, env.manager, book, rest);
        case 'inspect':
          return dockerInspect(ctx, env, book, rest);
        case 'logs':
          return dockerLogs(env.manager, rest);
        case 'pause':
        case 'unpause':
          return dockerPause(env.manager, sub, rest);
        case 'kill':
          return dockerKill(ctx, env.manager, book, rest);
        case 'rm':
          // The scenario's guests stay in it: the manager can stop a container but not remove it.
          return done("Error response from daemon: removing a container is not modelled here: every container stays in the scenario (docker stop stops it)\n", 1);
        case 'start':
        case 'stop':
          return dockerStartStop(ctx, env.manager, book, sub, rest);
        case 'run':
          return dockerRun(ctx, env, book, rest);
        case 'exec':
          return dockerExec(env, rest);
        case 'stats':
          return dockerStats(ctx, env.manager, rest);
        case 'top':
          return dockerTop(ctx, env.manager, rest);
        case 'update':
          return dockerUpdate(env, rest);
        case 'info':
          return dockerInfo(ctx, env, book, rest);
        case 'version':
          return dockerVersion(rest);
        default:
          return done(`docker: '${sub}' is not a docker command.\nSee 'docker --help'\n`, 1);
      }
    },
  };
}

function dockerExec(env: ConsoleEnv, args: readonly string[]): CommandOutcome {
  let i = 0;
  for (; i < args.length && args[i]?.startsWith('-') === true; i++) {
    const a = args[i] ?? '';
    if (!/^-(i|t|it|ti)$/.test(a) && a !== '--interactive' && a !== '--tty') return flagError(a, 'exec');
  }
  const [ref, ...command] = args.slice(i);
  if (ref === undefined || command.length === 0) return done(`"docker exec" requires at least 2 arguments.\nSee 'docker exec --help'.\n`, 1);
  const g = findContainer(env.manager, ref);
  if (g === undefined) return done(`Error: No such container: ${ref}\n`, 1);
  const machine = isUp(g) ? env.manager.machineOf(g.name) : null;
  if (machine === null) return done(`Error response from daemon: Container ${longId(g.name)} is not running\n`, 1);
  if (env.options.runIn === undefined) return done('docker exec: running commands in a container is not available in this console\n', 1);
  return env.options.runIn(machine, commandLine(command));
}
