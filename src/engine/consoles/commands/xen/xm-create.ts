/**
 * `xm create`: starts a domain from its configuration. For a stopped guest that is its
 * file in /etc/xen. Creating a new guest departs from xm: real xm reads a Python config
 * file, whose variables `xm create <file> var=value …` may override; here the variables
 * alone describe the new guest — `xm create web3 memory=512 vcpus=1 os=linux
 * workload=web-server` — and nothing is written to /etc/xen. os= and workload= are the
 * model's own (xm has kernel= and a disk image instead). What the user reads speaks as xm's
 * help does: the variables and their defaults, with no word about the departure.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import { OS_IDS } from '../../../os/os-families.ts';
import { WORKLOAD_KINDS } from '../../../workloads/workload-kinds.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { createGuest, findGuest, GUEST_NAME, isUp } from '../common/guests.ts';
import { intIn, keyValues, lines } from '../common/text.ts';

const USAGE = lines([
  'Usage: xm create <ConfigFile> [options] [vars]',
  '',
  'Create a domain based on <ConfigFile>: a stopped domain\'s configuration in /etc/xen,',
  'or, for a new domain, the variables given:',
  '',
  'name=NAME                 Domain name. Must be unique.',
  'memory=MEMORY             Domain memory in MB (64 or more; default 128).',
  'vcpus=VCPUS               # of Virtual CPUS in domain (1 to 64; default 1).',
  'os=linux|windows|solaris  Operating system the domain runs (default linux).',
  `workload=KIND             What the domain runs (default idle): ${WORKLOAD_KINDS.join(', ')}.`,
]);

const VARS = ['memory', 'vcpus', 'os', 'workload', 'name'];

const fail = (message: string, usage = false): CommandDone => done(`Error: ${message}\n${usage ? USAGE : ''}`, 1);

export function xmCreate(env: ConsoleEnv, args: readonly string[]): CommandDone {
  const flag = args.find((a) => a.startsWith('-'));
  if (flag === '-h' || flag === '--help') return done(USAGE);
  if (flag === '-c') return fail("attaching to the new domain's console (-c) is not available here: open the guest's own terminal");
  if (flag !== undefined) return fail(`option ${flag} is not available here`, true);
  const { vars, rest } = keyValues(args);
  if (rest.length !== 1) return fail(rest.length === 0 ? 'xm create needs a configuration file' : `unexpected argument '${rest[1] ?? ''}'`, true);
  const config = rest[0] ?? '';
  const path = config.startsWith('/') ? config : `/etc/xen/${config}`;
  const name = vars.get('name') ?? (config.split('/').pop() ?? config).replace(/\.cfg$/, '');
  const unknown = [...vars.keys()].find((k) => !VARS.includes(k));
  if (unknown !== undefined) return fail(`unknown variable '${unknown}'`, true);

  const existing = findGuest(env.manager, name);
  if (existing !== undefined) {
    if (isUp(existing)) return fail(`Domain '${existing.name}' already exists with ID '${existing.domainId}'`);
    if ([...vars.keys()].some((k) => k !== 'name'))
      return fail(`'${existing.name}' is already configured in /etc/xen/${existing.name}: 'xm create ${existing.name}' starts it as configured (variables describe a new domain)`);
    const err = env.manager.start(existing.name);
    const using = `Using config file "${path}".\n`;
    return err === null ? done(`${using}Started domain ${existing.name}\n`) : done(`${using}Error: ${err}\n`, 1);
  }
  if (vars.size === 0) return fail(`Unable to open config file: ${path}`, true);
  return createDomain(env, name, vars);
}

function createDomain(env: ConsoleEnv, name: string, vars: ReadonlyMap<string, string>): CommandDone {
  if (!GUEST_NAME.test(name)) return fail(`invalid domain name '${name}': 1–31 letters, digits or "-", starting with a letter or digit`);
  const memoryMiB = intIn(vars.get('memory') ?? '128', 64, 1_048_576);
  if (memoryMiB === null) return fail('memory must be a whole number of MiB, 64 or more');
  const vcpus = intIn(vars.get('vcpus') ?? '1', 1, 64);
  if (vcpus === null) return fail('vcpus must be a whole number from 1 to 64');
  const os = vars.get('os') ?? 'linux';
  if (!(OS_IDS as readonly string[]).includes(os)) return fail(`os must be one of ${OS_IDS.join(', ')}`);
  const workload = vars.get('workload') ?? 'idle';
  if (!(WORKLOAD_KINDS as readonly string[]).includes(workload)) return fail(`workload must be one of ${WORKLOAD_KINDS.join(', ')}`);
  const r = createGuest(env.manager, { name, os, vcpus, memoryMiB, workload }, true);
  if ('error' in r) return fail(r.error);
  return done(`Started domain ${r.guest.name}\n`);
}
