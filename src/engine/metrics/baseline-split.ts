/**
 * A guest's result against the baseline, split in two figures that multiply (DESIGN.md §1,
 * "The baseline"; docs/model.md "The baseline"):
 *
 *   relativeToNative = aloneVsNative × sharedVsAlone
 *
 * - aloneVsNative: the guest alone on this platform against the same guest on a dedicated
 *   server of the same hardware (native) — the virtualization overhead;
 * - sharedVsAlone: the guest with its neighbours against alone on this platform — the cost
 *   of sharing the host (cores, switches between guests, disk, NIC, memory).
 */

/** The three figures of one guest on one platform; each null when a throughput it needs is missing. */
export interface BaselineSplit {
  readonly relativeToNative: number | null;
  readonly aloneVsNative: number | null;
  readonly sharedVsAlone: number | null;
}

/**
 * From throughputs per second: `shared` on this platform with its neighbours, `alone` on this
 * platform without them (null: not measured), `native` on its dedicated server. Ratios are
 * rounded to `digits` decimals only at the end, so the two factors multiply to the whole
 * within rounding.
 */
export function splitAgainstBaseline(shared: number, alone: number | null, native: number, digits = 4): BaselineSplit {
  const ok = (v: number | null): v is number => v !== null && v > 0;
  const r = (v: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    relativeToNative: ok(shared) && ok(native) ? r(shared / native) : null,
    aloneVsNative: ok(alone) && ok(native) ? r(alone / native) : null,
    sharedVsAlone: ok(alone) && ok(shared) ? r(shared / alone) : null,
  };
}
