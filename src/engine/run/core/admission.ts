/**
 * Whether a guest may be powered on now: the platform's own refusal of it (permanent), then
 * what may change while the host runs — the product's cap on powered-on VMs and, on a
 * platform that does not overcommit, memory that is not free (the memory extension's hook).
 * Asked when a guest is added, when a refused one is tried again and when one is started.
 */
import type { PlatformModel } from '../../platforms/platform-model.ts';
import type { GuestSpec } from '../../scenario/schema.ts';
import type { CoreHooks } from './core-interface.ts';
import type { GuestRuntime } from './guest-runtime.ts';

/** Why the platform itself can never run `spec` (a Windows guest in a container), or null. */
export function permanentRefusal(model: PlatformModel, spec: GuestSpec): string | null {
  return model.refusal ?? model.admit(spec);
}

/** Why a guest needing `planMiB` cannot be powered on now beside `guests`, or null. */
export function refusalNow(model: PlatformModel, hooks: CoreHooks, guests: readonly GuestRuntime[], planMiB: Readonly<Record<string, number>>): string | null {
  const limit = model.vmLimit;
  if (limit) {
    let on = 0;
    for (const g of guests) if (g.live) on++;
    if (on >= limit.count) return limit.refusal;
  }
  return hooks.admission?.(planMiB) ?? null;
}
