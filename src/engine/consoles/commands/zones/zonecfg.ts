/**
 * `zonecfg -z <zone> create`: a stand-in. Real zonecfg configures a zone (interactively or
 * from subcommands given as arguments) and the zone must then be installed with `zoneadm
 * install`, which copies packages for minutes. Here `create` makes a zone that is
 * configured and installed at once, with `key=value` settings for what the model needs:
 * its memory cap (capped-memory physical, which rcapd enforces by paging the zone's excess
 * out), its CPU cap (capped-cpu ncpus) and its workload.
 */
import { done, type Command, type CommandDone } from '../../../shell/command.ts';
import { WORKLOAD_KINDS } from '../../../workloads/workload-kinds.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { createGuest, GUEST_NAME } from '../common/guests.ts';
import { intIn, keyValues, lines } from '../common/text.ts';
import { SPARSE_ROOT_DIRS } from '../../../os/os-images.ts';
import { findZone, zoneOf, zonePath } from './zones.ts';
import { guestIpv4 } from '../../../os/addresses.ts';
import { virtualHardware } from '../../../os/virtual-hardware.ts';
import { solarisNicName } from '../../../shell/solaris/ifconfig.ts';

const USAGE = lines([
  'usage:\tzonecfg -z <zone> create [memory=<MiB>] [ncpus=<n>] [workload=<kind>]   (stand-in: configures and installs)',
  '\tzonecfg -z <zone> info',
  `\tdefaults: no memory cap (sized 512 MiB) ncpus=1 workload=idle; workloads: ${WORKLOAD_KINDS.join(', ')}`,
]);

export function zonecfg(env: ConsoleEnv): Command {
  return {
    name: 'zonecfg',
    summary: 'stand-in: zonecfg -z <zone> create [memory=MiB ncpus=N workload=KIND] configures and installs a zone; info shows one',
    run(_ctx, args) {
      if (args[0] !== '-z' || args[1] === undefined) return done(`zonecfg: a zone name is required (-z <zone>)\n${USAGE}`, 1);
      const name = args[1];
      const { vars, rest } = keyValues(args.slice(2));
      const sub = rest[0];
      if (sub === undefined)
        return done(`zonecfg: the interactive zonecfg prompt is not available here.\n${USAGE}`, 1);
      if (rest.length > 1) return done(`zonecfg: unexpected '${rest[1] ?? ''}'\n${USAGE}`, 1);
      if (sub === 'info') return vars.size > 0 ? done(USAGE, 1) : info(env, name);
      if (sub !== 'create') return done(`zonecfg: '${sub}' is not available in this stand-in\n${USAGE}`, 1);
      return create(env, name, vars);
    },
  };
}

function create(env: ConsoleEnv, name: string, vars: ReadonlyMap<string, string>): CommandDone {
  if (name === 'global' || findZone(env, name) !== undefined) return done(`Zone ${name} already installed; create not allowed.\n`, 1);
  if (!GUEST_NAME.test(name)) return done(`zonecfg: invalid zone name '${name}': 1–31 letters, digits or "-", starting with a letter or digit\n`, 1);
  const unknown = [...vars.keys()].find((k) => k !== 'memory' && k !== 'ncpus' && k !== 'workload');
  if (unknown !== undefined) return done(`zonecfg: unknown property '${unknown}'\n${USAGE}`, 1);
  const capped = vars.has('memory');
  const memoryMiB = intIn(vars.get('memory') ?? '512', 64, 1_048_576);
  const vcpus = intIn(vars.get('ncpus') ?? '1', 1, 64);
  const workload = vars.get('workload') ?? 'idle';
  if (memoryMiB === null) return done('zonecfg: memory must be a whole number of MiB, 64 or more\n', 1);
  if (vcpus === null) return done('zonecfg: ncpus must be a whole number from 1 to 64\n', 1);
  if (!(WORKLOAD_KINDS as readonly string[]).includes(workload)) return done(`zonecfg: workload must be one of ${WORKLOAD_KINDS.join(', ')}\n`, 1);
  const os = env.options.scenario?.platforms.container.hostOs ?? 'solaris';
  const spec = { name, os, vcpus, memoryMiB, workload };
  const r = createGuest(env.manager, capped ? { ...spec, memoryLimitMiB: memoryMiB } : spec, false);
  if ('error' in r) return done(`zonecfg: ${r.error}\n`, 1);
  return done(`zonecfg (stand-in): zone '${name}' configured and installed at ${zonePath(name)}; boot it with: zoneadm -z ${name} boot\n`);
}

/** A shared-IP zone's net resource: its own address on the global zone's NIC (absent without a scenario to read it from). */
function net(env: ConsoleEnv, id: number): string[] {
  const s = env.options.scenario;
  if (!s) return [];
  const nic = solarisNicName(virtualHardware(s, 'native').nicDriver) ?? 'e1000g0';
  return ['net:', `\taddress: ${guestIpv4(s, 'container', id - 1)}/24`, `\tphysical: ${nic}`];
}

function info(env: ConsoleEnv, name: string): CommandDone {
  const g = findZone(env, name);
  if (g === undefined) return done(`${name}: No such zone configured\n`, 1);
  const z = zoneOf(env, g);
  return done(
    lines([
      `zonename: ${z.name}`,
      `zonepath: ${z.path}`,
      `brand: ${z.brand}`,
      'autoboot: false',
      `ip-type: ${z.ip}`,
      ...SPARSE_ROOT_DIRS.flatMap((dir) => ['inherit-pkg-dir:', `\tdir: ${dir}`]),
      // At most ncpus of the zone's threads run at once, on any of the host's CPUs: a cap (zone.cpu-cap, which zonecfg shows in brackets), not a dedicated processor set.
      'capped-cpu:',
      `\t[ncpus: ${g.vcpus.toFixed(2)}]`,
      // Only a zone with a memory cap has the resource (the scenario's limits.memoryMiB, zonecfg's memory=).
      ...(g.memoryLimitMiB === undefined ? [] : ['capped-memory:', `\tphysical: ${g.memoryLimitMiB}M`]),
      ...net(env, g.id),
    ]),
  );
}
