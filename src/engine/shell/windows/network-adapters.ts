/**
 * How Windows names a network adapter: its connection ("Local Area Connection") and the
 * description its driver's INF gives the device (ipconfig /all, systeminfo), from the
 * device the machine has, as the Linux driver that binds it names it (machine.interfaces()).
 */

/** The description of each emulated, paravirtual or physical NIC the platforms give a guest. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  // Virtual PC and Virtual Server emulate a DEC 21140.
  tulip: 'Intel 21140-Based PCI Fast Ethernet Adapter (Emulated)',
  pcnet32: 'AMD PCNET Family PCI Ethernet Adapter',
  vmxnet: 'VMware Accelerated AMD PCNet Adapter',
  virtio_net: 'Red Hat VirtIO Ethernet Adapter',
  '8139cp': 'Realtek RTL8139 Family PCI Fast Ethernet NIC',
  'xen-netfront': 'Xen Net Device Driver',
  tg3: 'Broadcom NetXtreme Gigabit Ethernet',
};

/** The adapter's description; a container's virtual interface, which no INF names, as what it is. */
export function adapterDescription(driver: string | undefined): string {
  return (driver !== undefined ? DESCRIPTIONS[driver] : undefined) ?? 'Virtual Network Adapter';
}

/** "Local Area Connection", then "Local Area Connection 2", … */
export function connectionName(index: number): string {
  return index === 0 ? 'Local Area Connection' : `Local Area Connection ${index + 1}`;
}
