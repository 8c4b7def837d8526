/**
 * The lmbench tests' operation mixes beyond the built-in workloads (McVoy & Staelin 1996;
 * docs/workloads.md §17): `lat_syscall read|write`, `lat_ctx -s <size> <processes>` and
 * `lat_mmap <size> <file>`. Each is a mix per operation the tool times.
 */
import { mix, type OpMix } from './op-mix.ts';

/** lat_syscall read / write: a 1-byte read of /dev/zero or write to /dev/null (lat_syscall.c), the "null I/O" of lmbench's tables. */
export const NULL_IO_MIX: OpMix = mix({ userCycles: 20, syscalls: 1, kernelCycles: 300 });

const KIB = 1024;
/** The page the TLB maps. */
const PAGE_BYTES = 4096;
/** A last-level cache of the 2005–2009 CPUs modelled (Core 2: 2–6 MiB shared L2). [E] */
const CACHE_BYTES = 2 * 1024 * KIB;
/** lat_ctx's summing loop: one add per 4-byte word. [S16] */
const CYCLES_PER_SUMMED_BYTE = 0.25;

/**
 * What lat_ctx times first and subtracts from every figure it prints (its `ovr=`): one
 * process passing the token through a pipe to itself and summing `sizeKiB` of its array with
 * hot caches — a pipe write and read, no switch. lmbench: "the benchmark takes pains to
 * measure only the context switch time, not including the overhead of doing the work"
 * (lat_ctx(8)); "I still subtract off the cost of the pipe overhead" (lat_ctx.c history, 1998).
 */
export function latCtxOverheadMix(sizeKiB: number): OpMix {
  return mix({ userCycles: 100 + sizeKiB * KIB * CYCLES_PER_SUMMED_BYTE, kernelCycles: 1500, syscalls: 2 });
}

/**
 * One switch in a ring of `processes` passing a token through pipes, each summing `sizeKiB`
 * of its own memory when it has the token (lat_ctx.c): the overhead above plus one switch.
 * The switch's address-space change flushes the TLB (no PCID/ASID), so the next process
 * walks its pages again; when the ring's arrays outgrow the cache, each process's array comes
 * back from memory (lmbench counts those misses in the switch: its overhead ran with hot caches).
 */
export function latCtxMix(processes: number, sizeKiB: number): OpMix {
  const bytes = sizeKiB * KIB;
  return {
    ...latCtxOverheadMix(sizeKiB),
    contextSwitches: 1,
    tlbMisses: Math.ceil(bytes / PAGE_BYTES),
    memBytes: processes * bytes > CACHE_BYTES ? bytes : 0,
  };
}

/** lat_mmap's touch stride (PSIZE, 16 KiB) and the share of the mapping it touches (1/N, N = 10): lat_mmap.c. */
const MMAP_TOUCH_STRIDE = 16 * KIB;
const MMAP_TOUCHED_SHARE = 10;

/**
 * One mmap of `bytes` of a file, a write to every 16 KiB of its first tenth, and munmap:
 * 2 syscalls, a fault per touch (the file is in the page cache), each fault's PTE written
 * and cleared again at munmap. Kernel work of setting up and tearing down the VMA. [E]
 */
export function latMmapMix(bytes: number): OpMix {
  const touches = Math.ceil(bytes / MMAP_TOUCHED_SHARE / MMAP_TOUCH_STRIDE);
  return mix({ userCycles: 10 * touches, kernelCycles: 5000, syscalls: 2, pageFaults: touches, ptUpdates: 2 * touches });
}
