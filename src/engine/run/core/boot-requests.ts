/**
 * A boot as many requests, not one (docs/model.md "How a run works", Boot): the kernel's
 * initialisation and the services' start-up are its OS's boot work cut into as many equal
 * pieces as the boot reads from disk, each piece one read with its share of the CPU work.
 * A boot then shares the disk request by request with whatever else uses it, as a real
 * one does, instead of holding it for its whole reading time.
 */
import type { OpMix } from '../../workloads/op-mix.ts';

/** Sizes per operation, which stay as they are when a mix is divided. */
const PER_OPERATION: ReadonlySet<keyof OpMix> = new Set<keyof OpMix>(['diskBytesPerOp', 'diskSeeksPerOp', 'netBytesPerPacket']);

/** The boot's work as `count` identical requests of `unit` (one request for a boot that reads nothing). */
export function bootRequests(boot: OpMix): { readonly unit: OpMix; readonly count: number } {
  const count = Math.max(1, Math.round(boot.diskOps));
  const unit = Object.fromEntries(
    Object.entries(boot).map(([k, v]) => [k, PER_OPERATION.has(k as keyof OpMix) ? v : (v as number) / count]),
  ) as unknown as OpMix;
  return { unit, count };
}
