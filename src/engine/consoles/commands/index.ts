/**
 * The management console's commands for a product: its flavour's command set over the
 * guest manager. Each command is guarded so that it never throws: an unexpected error
 * becomes a message and a non-zero status.
 */
import { done, type Command, type CommandOutcome } from '../../shell/command.ts';
import type { GuestManager } from '../guest-manager.ts';
import { productById, type ConsoleFlavour, type Product } from '../products.ts';
import type { ConsoleEnv, ConsoleOptions } from './common/console-env.ts';
import { docker } from './docker/docker.ts';
import { virsh } from './kvm/virsh.ts';
import { vboxManage } from './virtualbox/vboxmanage.ts';
import { vsAdmin } from './virtual-server/vsadmin.ts';
import { PeakBook } from './virtuozzo/beancounters.ts';
import { nodeCat } from './virtuozzo/cat-beancounters.ts';
import { vzctl } from './virtuozzo/vzctl.ts';
import { vzlist } from './virtuozzo/vzlist.ts';
import { vzmigrate } from './virtuozzo/vzmigrate.ts';
import { esxcfgNics, esxcfgVswitch } from './vmware/esx-network.ts';
import { esxtop } from './vmware/esxtop.ts';
import { esxVmxPath, gsxVmxPath, vmwareCmd } from './vmware/vmware-cmd.ts';
import { esxVmwareVersion } from './vmware/vmware-version.ts';
import { xentop } from './xen/xentop.ts';
import { xm } from './xen/xm.ts';
import { prstat } from './zones/prstat.ts';
import { rcapstat } from './zones/rcapstat.ts';
import { zlogin } from './zones/zlogin.ts';
import { zoneadm, zonename } from './zones/zoneadm.ts';
import { zonecfg } from './zones/zonecfg.ts';

export type { ConsoleOptions } from './common/console-env.ts';

const FLAVOURS: Readonly<Record<ConsoleFlavour, (env: ConsoleEnv) => readonly Command[]>> = {
  'vmware-hosted': (env) => [vmwareCmd(env, gsxVmxPath)],
  virtualbox: (env) => [vboxManage(env)],
  'virtual-server': (env) => [vsAdmin(env)],
  xen: (env) => [xm(env), xentop(env)],
  esx: (env) => [vmwareCmd(env, esxVmxPath), esxtop(env), esxcfgVswitch(env), esxcfgNics(env), esxVmwareVersion],
  kvm: (env) => [virsh(env)],
  zones: (env) => [zoneadm(env), zonecfg(env), zlogin(env), prstat(env), rcapstat(env), zonename],
  virtuozzo: (env) => {
    // maxheld is what this console has seen: the node's cat and vzctl exec share what they saw.
    const peaks = new PeakBook();
    const linuxNode = (env.options.scenario?.platforms.container.hostOs ?? 'linux') === 'linux';
    return [vzlist(env), vzctl(env, peaks), vzmigrate(env), ...(linuxNode ? [nodeCat(env, peaks)] : [])];
  },
  docker: (env) => [docker(env)],
};

/**
 * The console commands of `product` (a Product or its id, e.g. the manager's `product`)
 * over `manager`. An unknown product has none.
 */
export function consoleCommandsFor(product: Product | string, manager: GuestManager, options: ConsoleOptions = {}): readonly Command[] {
  const p = typeof product === 'string' ? productById(product) : product;
  if (p === undefined) return [];
  return FLAVOURS[p.console]({ manager, product: p, options }).map(guarded);
}

function guarded(command: Command): Command {
  return {
    name: command.name,
    summary: command.summary,
    run(ctx, args, stdin): CommandOutcome {
      try {
        return command.run(ctx, args, stdin);
      } catch (e) {
        return done(`${command.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`, 1);
      }
    },
  };
}
