/**
 * Why a guest runs faster on a virtualized platform than natively. No layer under a guest
 * makes its own work cheaper in this model (the host page cache that can serve a hosted
 * VM's reads is not modelled), so a guest above native has had more of the shared host:
 * natively every guest shares one host, and a neighbour that does less work here than there
 * (slower, still booting, refused, down) leaves it more of the cores, the disk and the
 * network. With no such neighbour the difference is the run's granularity (batches of
 * about 5 ms of native work, boots and batches falling at different instants).
 */
import type { GuestResult, PlatformResult } from './results.ts';

/** The explanation for `g` on the platform whose results are `here`, or null when it is not above native. */
export function aboveNativeReason(g: GuestResult, here: PlatformResult, native: PlatformResult): string | null {
  const rel = g.relativeToNative;
  if (rel === null || rel <= 1) return null;
  const share = `${(rel * 100).toFixed(rel < 1.001 ? 2 : 1)} %`;
  const lighter = here.guests.flatMap((n) => {
    if (n.name === g.name) return [];
    const there = native.guests.find((m) => m.name === n.name);
    if (there?.state !== 'running') return [];
    if (n.state !== 'running') return [`${n.name} is ${n.state}`];
    return n.relativeToNative !== null && n.relativeToNative < 0.99 ? [`${n.name} runs at ${(n.relativeToNative * 100).toFixed(0)} % of native`] : [];
  });
  if (lighter.length === 0)
    return (
      `${share} of native is within the run's granularity (batches of about 5 ms of native work, boots and batches at ` +
      `different instants): nothing under ${g.name} makes its own work cheaper here than on the hardware.`
    );
  return (
    `${share} of native: not a faster path but less competition. Natively every guest shares this one host, and here ` +
    `${lighter.join(', ')}, so ${g.name} gets more of the shared cores, disk and network than it does natively. ` +
    `Nothing under ${g.name} makes its own work cheaper here than on the hardware.`
  );
}
