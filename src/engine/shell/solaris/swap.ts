/**
 * `swap -s`: Solaris' virtual swap (swap devices and memory together, swapfs), as
 * "total: Ak bytes allocated + Rk reserved = Uk used, Vk available": what processes
 * reserved and touched, what they reserved and have not touched yet, and what is left to
 * reserve. A zones host's kernel keeps the reservations the model refuses mappings by
 * (memory/host-memory.ts), and every zone reads the same figures; elsewhere they follow
 * from the machine's memory, nothing reserved beyond what is in use.
 */
import type { Machine, SwapSpace } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';

const USAGE = 'usage: swap -s\n(this console shows the swap summary, -s)\n';

/** A machine's virtual swap: its kernel's reservations, or (without them) what is in use against memory less swapfs_minfree (1/8) plus its swap. */
export function virtualSwap(m: Machine): SwapSpace {
  return m.swapSpace ? m.swapSpace() : fromMemory(m);
}

function fromMemory(m: Machine): SwapSpace {
  const mem = m.memory();
  const allocatedKiB = Math.max(0, mem.totalKiB - mem.freeKiB - mem.cachedKiB - mem.buffersKiB) + (mem.swapTotalKiB - mem.swapFreeKiB);
  const poolKiB = mem.totalKiB - mem.totalKiB / 8 + mem.swapTotalKiB;
  return { allocatedKiB, reservedKiB: 0, availableKiB: Math.max(0, poolKiB - allocatedKiB) };
}

export const SWAP: Command = {
  name: 'swap',
  summary: 'virtual swap: what is allocated, reserved and still available (swap -s)',
  run(ctx, args) {
    if (args.length !== 1 || args[0] !== '-s') return done(USAGE, 1);
    const s = virtualSwap(ctx.machine);
    const k = (kib: number): string => `${Math.round(kib)}k`;
    return done(`total: ${k(s.allocatedKiB)} bytes allocated + ${k(s.reservedKiB)} reserved = ${k(s.allocatedKiB + s.reservedKiB)} used, ${k(s.availableKiB)} available\n`);
  },
};
