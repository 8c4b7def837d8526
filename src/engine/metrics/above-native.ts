/**
 * Why a guest runs faster on a virtualized platform than on its dedicated server (native,
 * docs/model.md "The baseline"). No layer under a guest makes its own work cheaper in this
 * model (the host page cache that can serve a hosted VM's reads is not modelled), and a
 * dedicated server has no neighbours to take cores, disk or network from it. What is left:
 * a guest whose peer is another guest reaches it inside the host here, where natively the
 * packets cross two NICs and a physical switch; otherwise the run's granularity — which a
 * guest that started late (its boot queued behind its neighbours') feels most: its rate is
 * counted over fewer of its workload's random draws, and the explanation says how many.
 */
import type { GuestResult } from './results.ts';

/** Later than this after its dedicated server's, a guest's start is worth naming, ms. */
const LATE_START_MS = 1000;

/** The explanation for `g`, or null when it is not above native; `base` is the same guest on native. */
export function aboveNativeReason(g: GuestResult, base?: GuestResult): string | null {
  const rel = g.relativeToNative;
  if (rel === null || rel <= 1) return null;
  const share = `${(rel * 100).toFixed(rel < 1.001 ? 2 : 1)} %`;
  const general =
    `${share} of native, where native is ${g.name} on a dedicated server of the same hardware. Nothing under ` +
    `${g.name} makes its own work cheaper here. If it talks to another guest, that guest is on the same host here ` +
    `and the packets never reach a wire, where natively they cross two NICs and a switch; otherwise the difference ` +
    `is within the run's granularity (batches of about 5 ms of native work, boots and batches at different instants).`;
  // Started later (its boot queued behind its neighbours'), its rate is counted over fewer of its workload's random draws.
  const late = g.bootMs !== null && base !== undefined && base.bootMs !== null ? g.bootMs - base.bootMs : 0;
  const n = g.timePerTransaction?.transactions ?? 0;
  if (late < LATE_START_MS || n < 1) return general;
  return (
    `${general} Here it started its workload ${(late / 1000).toFixed(0)} s later than natively, so its rate counts ` +
    `${Math.round(n).toLocaleString('en')} transactions over a shorter stretch, and a count of that many random ` +
    `requests varies by about ±${(100 / Math.sqrt(n)).toFixed(n < 10_000 ? 0 : 1)} % from one stretch to another.`
  );
}
