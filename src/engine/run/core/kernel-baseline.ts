/**
 * What a guest's counters held when its running kernel started. The runtime counts CPU,
 * steal, I/O wait, ticks and disk time over all the guest's boots (its results do); a kernel
 * counts from its own boot, so the views of that kernel (top, vmstat, iostat, /proc/stat)
 * subtract this.
 */
export interface KernelBaseline {
  /** CPU by layer, the idle vCPUs' ticks included (GuestRuntime.totals), ns. */
  readonly cpuNs: Float64Array;
  readonly stealNs: number;
  readonly ioWaitNs: number;
  /** Timer ticks taken, busy and idle. */
  readonly ticks: number;
  /** The guest's block layer's time with requests in flight, and their summed latencies (DiskActivity), ns. */
  readonly diskBusyNs: number;
  readonly diskAwaitNs: number;
  /** The physical disk's time serving the guest (QueuedDevice.busyNsOf), ns: what a dedicated server's kernel counts. */
  readonly deviceBusyNs: number;
}

/** Before any boot: nothing counted. */
export const NO_BASELINE: KernelBaseline = { cpuNs: new Float64Array(0), stealNs: 0, ioWaitNs: 0, ticks: 0, diskBusyNs: 0, diskAwaitNs: 0, deviceBusyNs: 0 };

/** `total` less the baseline's part of it, layer by layer. */
export function sinceBaseline(total: Float64Array, base: Float64Array): Float64Array {
  const out = Float64Array.from(total);
  for (let i = 0; i < base.length; i++) out[i] = (out[i] as number) - (base[i] as number);
  return out;
}
