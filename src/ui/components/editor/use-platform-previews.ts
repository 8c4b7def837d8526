/**
 * The platform previews of the scenario being edited, built off the keystroke: building the
 * three platforms of a 300-guest scenario takes seconds, so it was the editor's freeze when
 * done on each render. A preview is built once the draft has rested for PREVIEW_DELAY_MS,
 * one platform per task so the page can paint and take keys between them, and only when what
 * it depends on changed (renaming a guest does not: previewKey).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import { previewKey, previewPlatform, type PlatformPreview, type PlatformPreviews } from './platform-warnings.ts';
import { VIRTUAL_PLATFORMS, type VirtualPlatform } from './scenario-options.ts';

/** How long the draft rests before its platforms are built: a pause in typing, not each key. */
const PREVIEW_DELAY_MS = 400;

interface Built {
  readonly key: string;
  readonly previews: PlatformPreviews;
}

/** The previews of `scenario` (null while it is invalid, or its previews are being built). */
export function usePlatformPreviews(scenario: Scenario | null): PlatformPreviews | null {
  const key = useMemo(() => (scenario === null ? null : previewKey(scenario)), [scenario]);
  const [built, setBuilt] = useState<Built | null>(null);
  const current = built !== null && built.key === key;

  useEffect(() => {
    if (scenario === null || key === null || current) return;
    const partial: Partial<Record<VirtualPlatform, PlatformPreview>> = {};
    let timer = 0;
    const next = (i: number): void => {
      const kind = VIRTUAL_PLATFORMS[i];
      if (kind === undefined) return setBuilt({ key, previews: partial as PlatformPreviews });
      partial[kind] = previewPlatform(scenario, kind);
      timer = window.setTimeout(() => next(i + 1), 0);
    };
    timer = window.setTimeout(() => next(0), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [scenario, key, current]);

  return current ? built.previews : null;
}
