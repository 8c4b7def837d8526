/**
 * ESX's networking as the service console lists it: the vmkernel owns the server's NIC
 * (vmnic0) as the uplink of its virtual switch vSwitch0, whose port groups are "VM Network"
 * (a port per running VM's virtual NIC) and "Service Console" (vswif0), ESX 3's defaults.
 * `esxcfg-nics -l` lists the physical NIC, `esxcfg-vswitch -l` the switch. Layout as ESX's
 * own listings print them (esxcfg-vswitch and esxcfg-nics output in public ESXi notes; the
 * vSphere CLI's vicfg-vswitch.pl prints the same columns). Only listing is modelled: the
 * network cannot be reconfigured.
 */
import { done, type Command, type CommandContext } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { left, lines } from '../common/text.ts';

/**
 * vSwitch0's ports as esxcfg-vswitch counts them. A VI3 vSwitch had 56 usable ports by default ("Prior to
 * vSphere 4.1, the default number of vSwitch ports was only 56", Wahl & Pantol, informit.com); the listing's
 * Num Ports also counts 8 the vmkernel keeps (an assumption: no ESX 3 listing was seen).
 */
const SWITCH_PORTS = 64;
const UPLINK = 'vmnic0';
const MTU = 1500;

/** The server's NIC: its PCI slot and description from the console's PCI bus, its MAC from vswif0. */
function physicalNic(env: ConsoleEnv, ctx: CommandContext): { pci: string; driver: string; speed: string; mac: string; description: string } {
  const line = ctx.machine.pciDevices().find((l) => l.includes('Ethernet controller: ')) ?? '';
  const [slot = '00:00.0'] = line.split(' ');
  const own = ctx.machine.interfaces().find((i) => i.name === 'vswif0');
  return {
    // ESX prints the PCI function with two digits (0000:02:00.00).
    pci: `0000:${slot.replace(/\.(\d)$/, '.0$1')}`,
    driver: own?.driver ?? 'tg3',
    speed: env.options.scenario?.host.nic === '10g' ? '10000Mbps' : '1000Mbps',
    mac: (own?.mac ?? '').toLowerCase(),
    description: line.slice(line.indexOf('Ethernet controller: ') + 'Ethernet controller: '.length),
  };
}

/** An esxcfg-* command of which only -l (--list) is modelled; anything else prints its usage. */
function listOnly(name: string, summary: string, usage: string, list: (ctx: CommandContext) => string): Command {
  return {
    name,
    summary,
    run(ctx, args) {
      if (args.length === 1 && (args[0] === '-l' || args[0] === '--list')) return done(list(ctx));
      return done(`${usage}(only listing is modelled here)\n`, args.includes('-h') || args.includes('--help') ? 0 : 1);
    },
  };
}

export function esxcfgNics(env: ConsoleEnv): Command {
  const usage = 'esxcfg-nics <options> [nic]\n   -l|--list          Print the list of NICs and their settings.\n';
  return listOnly('esxcfg-nics', "list the server's physical NICs, which the vmkernel drives (-l)", usage, (ctx) => {
    const n = physicalNic(env, ctx);
    const row = (c: readonly string[]): string =>
      `${left(c[0] ?? '', 8)}${left(c[1] ?? '', 14)}${left(c[2] ?? '', 12)}${left(c[3] ?? '', 5)}${left(c[4] ?? '', 10)}${left(c[5] ?? '', 7)}${left(c[6] ?? '', 18)}${left(c[7] ?? '', 7)}${c[8] ?? ''}`;
    return lines([row(['Name', 'PCI', 'Driver', 'Link', 'Speed', 'Duplex', 'MAC Address', 'MTU', 'Description']), row([UPLINK, n.pci, n.driver, 'Up', n.speed, 'Full', n.mac, String(MTU), n.description])]);
  });
}

export function esxcfgVswitch(env: ConsoleEnv): Command {
  const usage = 'esxcfg-vswitch [options] [vswitch[:ports]]\n   -l|--list          List all the virtual switches.\n';
  return listOnly('esxcfg-vswitch', "list the vmkernel's virtual switch, its uplink and port groups (-l)", usage, () => {
    const vms = env.manager.list().filter(isUp).length;
    const groups: readonly [string, number][] = [
      ['VM Network', vms],
      ['Service Console', 1],
    ];
    // Every listing seen counts one port of the switch's own, and two per uplink, beside its port groups' ports.
    const used = 1 + 2 + groups.reduce((a, [, n]) => a + n, 0);
    const sw = (c: readonly (string | number)[]): string => `${left(c[0] ?? '', 17)}${left(c[1] ?? '', 12)}${left(c[2] ?? '', 12)}${left(c[3] ?? '', 18)}${left(c[4] ?? '', 8)}${c[5] ?? ''}`;
    const pg = (c: readonly (string | number)[]): string => `  ${left(c[0] ?? '', 22)}${left(c[1] ?? '', 9)}${left(c[2] ?? '', 12)}${c[3] ?? ''}`;
    return lines([
      sw(['Switch Name', 'Num Ports', 'Used Ports', 'Configured Ports', 'MTU', 'Uplinks']),
      sw(['vSwitch0', SWITCH_PORTS, used, SWITCH_PORTS, MTU, UPLINK]),
      '',
      pg(['PortGroup Name', 'VLAN ID', 'Used Ports', 'Uplinks']),
      ...groups.map(([name, n]) => pg([name, 0, n, UPLINK])),
      '',
    ]);
  });
}
