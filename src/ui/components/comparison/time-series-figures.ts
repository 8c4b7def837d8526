/**
 * The figures the time-series chart can follow, and each platform's points of one figure
 * on a shared time axis. Values are read from the store's series as the engine reported
 * them; only "busy CPU" is derived, as 100 % less the reported idle share.
 */
import { PLATFORM_KINDS, type PlatformKind } from '../../../engine/index.ts';
import type { SeriesPoint } from '../../store/playground-state.ts';
import { layerName } from '../names/layer-names.ts';

export interface FigureChoice {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly read: (p: SeriesPoint) => number | null;
}

export function figureChoices(guestNames: readonly string[], layers: readonly string[]): FigureChoice[] {
  return [
    { id: 'busy', label: 'Busy CPU (not idle)', unit: '% of host CPU', read: (p) => (p.cpuShareByLayer.idle === undefined ? null : (1 - p.cpuShareByLayer.idle) * 100) },
    { id: 'exits', label: 'Exits per second', unit: 'per second', read: (p) => p.exitsPerSecond },
    ...guestNames.map((n, i) => ({ id: `tput:${n}`, label: `Throughput of ${n}`, unit: 'per second', read: (p: SeriesPoint) => orNull(p.throughputByGuest[i]) })),
    ...layers
      .filter((l) => l !== 'idle')
      .map((l) => ({ id: `layer:${l}`, label: `CPU: ${layerName(l)}`, unit: '% of host CPU', read: (p: SeriesPoint) => (p.cpuShareByLayer[l] ?? 0) * 100 })),
  ];
}

const orNull = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);

/** Rounds a time so that points of different columns taken at the same step meet. */
const key = (tS: number): number => Math.round(tS * 1000) / 1000;

export interface AlignedSeries {
  readonly times: readonly number[];
  readonly values: Readonly<Record<PlatformKind, readonly (number | null)[]>>;
}

/** Puts every platform's points of one figure on the union of their times (a gap where a platform has no point). */
export function alignSeries(series: Readonly<Record<PlatformKind, readonly SeriesPoint[]>>, read: (p: SeriesPoint) => number | null): AlignedSeries {
  const times = [...new Set(PLATFORM_KINDS.flatMap((k) => series[k].map((p) => key(p.tS))))].sort((a, b) => a - b);
  const index = new Map(times.map((t, i) => [t, i]));
  const values = Object.fromEntries(
    PLATFORM_KINDS.map((k) => {
      const row: (number | null)[] = times.map(() => null);
      for (const p of series[k]) {
        const i = index.get(key(p.tS));
        if (i !== undefined) row[i] = read(p);
      }
      return [k, row];
    }),
  ) as Record<PlatformKind, (number | null)[]>;
  return { times, values };
}
