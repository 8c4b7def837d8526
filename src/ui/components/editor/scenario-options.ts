/**
 * The choices the editor offers, read from the scenario schema and the engine's catalogues
 * (never a second, hand-kept list): CPU generations, OSes, workloads, each platform's options
 * and its products.
 */
import { CPU_GENERATIONS, PRODUCTS, WORKLOADS, type PlatformKind } from '../../../engine/index.ts';
import { scenarioSchema } from '../../../engine/scenario/schema.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

const plain = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));

const shape = scenarioSchema.shape;
const hosted = shape.platforms.shape.hosted.shape;
const bare = shape.platforms.shape['bare-metal'].shape;
const container = shape.platforms.shape.container.shape;
const guest = shape.guests.element.shape;

export const CPU_CHOICES: readonly Choice[] = shape.host.shape.cpu.options.map((id) => {
  const g = CPU_GENERATIONS[id];
  const features = [g.vtx ? 'VT-x' : 'no VT-x', g.ept ? 'EPT' : 'no EPT'].join(', ');
  return { value: id, label: `${id} (${features})` };
});
export const DISK_CHOICES = plain(shape.host.shape.disk.options);
export const NIC_CHOICES = plain(shape.host.shape.nic.options);
export const OS_CHOICES = plain(guest.os.options);
export const WORKLOAD_CHOICES: readonly Choice[] = guest.workload.shape.kind.options.map((k) => ({ value: k, label: WORKLOADS[k].label }));

/** One option of a platform: its field name in the scenario, label, choices, and whether "default" is a choice. */
export interface OptionDef {
  readonly key: string;
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly optional: boolean;
}

export type VirtualPlatform = Exclude<PlatformKind, 'native'>;

export const PLATFORM_OPTIONS: Readonly<Record<VirtualPlatform, readonly OptionDef[]>> = {
  hosted: [
    { key: 'hostOs', label: 'Host OS', choices: plain(hosted.hostOs.options), optional: false },
    { key: 'technique', label: 'CPU virtualization', choices: plain(hosted.technique.options), optional: false },
    { key: 'devices', label: 'Devices', choices: plain(hosted.devices.options), optional: false },
    { key: 'paging', label: 'Paging', choices: plain(hosted.paging.unwrap().options), optional: true },
  ],
  'bare-metal': [
    { key: 'style', label: 'Style', choices: plain(bare.style.options), optional: false },
    { key: 'guestMode', label: 'Guest mode', choices: plain(bare.guestMode.options), optional: false },
    { key: 'paging', label: 'Paging', choices: plain(bare.paging.options), optional: false },
    { key: 'devices', label: 'Devices', choices: plain(bare.devices.unwrap().options), optional: true },
  ],
  container: [
    { key: 'hostOs', label: 'Host OS', choices: plain(container.hostOs.options), optional: false },
    { key: 'network', label: 'Network', choices: plain(container.network.options), optional: false },
    { key: 'storage', label: 'Storage', choices: plain(container.storage.options), optional: false },
  ],
};

export const VIRTUAL_PLATFORMS: readonly VirtualPlatform[] = ['hosted', 'bare-metal', 'container'];

/** The products that can stand for a platform. */
export function productChoices(kind: VirtualPlatform): Choice[] {
  return PRODUCTS.filter((p) => p.platform === kind).map((p) => ({ value: p.id, label: `${p.label} (${p.year})` }));
}
