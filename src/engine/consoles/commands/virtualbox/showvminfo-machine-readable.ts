/**
 * `VBoxManage showvminfo <vm> --machinereadable`: the VM's settings and state as VirtualBox
 * 4.3 prints them for scripts (`key="value"`, numbers bare), cut down to what the model
 * knows: name, OS type, UUID and files, memory, CPUs and execution cap, chipset and
 * firmware (the i440FX/PIIX3 BIOS machine the guest's lspci shows), hardware virtualization
 * and nested paging (what the host's CPU offers), state and when it changed, the disk
 * controller and NIC the platform gives it, and while it runs its MAC and balloon.
 */
import type { CommandContext } from '../../../shell/command.ts';
import { civilTime, clockTime, pad2 } from '../../../shell/linux/virtual-calendar.ts';
import { virtualHardware } from '../../../os/virtual-hardware.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { uuidFrom } from '../common/ids.ts';
import { lines } from '../common/text.ts';
import { OS_TYPES } from './os-types.ts';

/** VirtualBox's names for the NICs the model prices: virtio-net, or the emulated PCnet-FAST III. */
const NIC_TYPES: Readonly<Record<string, string>> = { virtio_net: 'virtio', pcnet32: 'Am79C973' };

/** The state names of the machine-readable output (the human one says "powered off", "aborted"). */
const VM_STATES: Readonly<Record<ManagedGuest['state'], string>> = {
  booting: 'running',
  running: 'running',
  stopped: 'poweroff',
  crashed: 'aborted',
  refused: 'poweroff',
};

/** VirtualBox's timestamp: date, time and nanoseconds, no zone. */
function stateChangeTime(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${clockTime(ns, epochUnixS)}.${String(Math.floor(Math.max(0, ns) % 1e9)).padStart(9, '0')}`;
}

/** When it last started or stopped: its start while it runs, its stop after. */
function lastChangeNs(ctx: CommandContext, vm: ManagedGuest): number | undefined {
  return isUp(vm) ? ctx.machine.now() - vm.uptimeNs : vm.stoppedNs;
}

export function machineReadableVmInfo(ctx: CommandContext, env: ConsoleEnv, vm: ManagedGuest): string {
  const home = ctx.env.get('HOME') ?? '/root';
  const dir = `${home}/VirtualBox VMs/${vm.name}`;
  const s = env.options.scenario;
  const hw = s === undefined ? { nicDriver: 'virtio_net' } : virtualHardware(s, 'hosted');
  const flags = ctx.machine.cpu().flags;
  const onOff = (on: boolean): string => (on ? '"on"' : '"off"');
  const changed = lastChangeNs(ctx, vm);
  const nic = isUp(vm) ? env.manager.machineOf(vm.name)?.interfaces().find((i) => i.name === 'eth0') : undefined;
  return lines([
    `name="${vm.name}"`,
    'groups="/"',
    `ostype="${OS_TYPES[vm.os] ?? 'Other/Unknown'}"`,
    `UUID="${uuidFrom(vm.name)}"`,
    `CfgFile="${dir}/${vm.name}.vbox"`,
    `SnapFldr="${dir}/Snapshots"`,
    `LogFldr="${dir}/Logs"`,
    `memory=${vm.memoryMiB}`,
    // The model caps all vCPUs together (% of one core); VirtualBox's cap is per vCPU.
    `cpuexecutioncap=${vm.cpuCapPercent === undefined ? 100 : Math.min(100, Math.round(vm.cpuCapPercent / vm.vcpus))}`,
    'chipset="piix3"',
    'firmware="BIOS"',
    `cpus=${vm.vcpus}`,
    `hwvirtex=${onOff(flags.includes('vmx'))}`,
    `nestedpaging=${onOff(flags.includes('ept'))}`,
    `VMState="${VM_STATES[vm.state]}"`,
    ...(changed === undefined ? [] : [`VMStateChangeTime="${stateChangeTime(changed, ctx.machine.epochUnixS)}"`]),
    'storagecontrollername0="SATA"',
    'storagecontrollertype0="IntelAhci"',
    `"SATA-0-0"="${dir}/${vm.name}.vdi"`,
    ...(nic === undefined ? [] : [`macaddress1="${nic.mac.replace(/:/g, '').toUpperCase()}"`]),
    'nic1="bridged"',
    'bridgeadapter1="eth0"',
    `nictype1="${NIC_TYPES[hw.nicDriver] ?? hw.nicDriver}"`,
    ...(isUp(vm) ? [`GuestMemoryBalloon=${Math.max(0, vm.memoryMiB - (vm.currentMemoryMiB ?? vm.memoryMiB))}`] : []),
  ]);
}
